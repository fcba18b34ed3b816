package io.sightline.app.workspace.executive;

import io.sightline.app.fakes.EventStream;
import io.sightline.app.fakes.ScriptedDeployments;
import io.sightline.app.fakes.ScriptedMonitoring;
import io.sightline.app.fakes.ScriptedRuns;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.TrafficReport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The estate of {@link ExecutiveRecords} behind the facets the overview reads, recording the windows asked for. */
class ExecutivePlatform extends EventStream implements ScriptedDeployments, ScriptedMonitoring, ScriptedRuns {
    final List<Duration> performanceWindows = new CopyOnWriteArrayList<>();
    volatile int deploymentLoads;

    @Override
    public List<Deployment> deployments() {
        deploymentLoads++;
        return ExecutiveRecords.deployments();
    }

    @Override
    public PerformanceReport performance(String deploymentName, Duration window) {
        performanceWindows.add(window);
        return pick(window.compareTo(Duration.ofDays(1)) <= 0 ? ExecutiveRecords.performanceDay()
                : ExecutiveRecords.performanceTwoDays(), deploymentName);
    }

    @Override
    public TrafficReport traffic(String deploymentName, Duration window) {
        List<TrafficReport> reports = window.compareTo(Duration.ofDays(1)) <= 0 ? ExecutiveRecords.trafficDay()
                : ExecutiveRecords.trafficTwoDays();
        return reports.stream().filter(r -> r.deployment().equals(deploymentName)).findFirst().orElseThrow();
    }

    private static PerformanceReport pick(List<PerformanceReport> reports, String deployment) {
        return reports.stream().filter(r -> r.deployment().equals(deployment)).findFirst().orElseThrow();
    }

    @Override
    public List<DeploymentChange> deploymentHistory(Duration window) {
        return ExecutiveRecords.history();
    }

    @Override
    public List<RunInfo> runs() {
        return ExecutiveRecords.runs();
    }
}
