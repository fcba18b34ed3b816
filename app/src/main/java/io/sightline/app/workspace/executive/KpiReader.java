package io.sightline.app.workspace.executive;

import io.sightline.app.workspace.RecentPeriod;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.Platform;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.TrafficReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the overview's inputs from the platform, off the UI thread. A platform that cannot give monitoring
 * reports or the deployment history still gives the other figures; the missing ones say why.
 */
final class KpiReader {
    /** How far back the deployment history is read, to know each version's first deploy. */
    static final Duration HISTORY = Duration.ofDays(400);

    private KpiReader() {
    }

    static KpiInputs read(Platform platform, RecentPeriod period, Instant now) {
        List<Deployment> deployments = platform.deployments();
        List<PerformanceReport> performance = new ArrayList<>();
        List<PerformanceReport> performanceTwice = new ArrayList<>();
        List<TrafficReport> traffic = new ArrayList<>();
        List<TrafficReport> trafficTwice = new ArrayList<>();
        String monitoringProblem = "";
        Duration twice = period.duration().multipliedBy(2);
        try {
            for (Deployment d : deployments) {
                if (d.state() == DeploymentState.LIVE) {
                    performance.add(platform.performance(d.name(), period.duration()));
                    performanceTwice.add(platform.performance(d.name(), twice));
                    traffic.add(platform.traffic(d.name(), period.duration()));
                    trafficTwice.add(platform.traffic(d.name(), twice));
                }
            }
        } catch (PlatformException unavailable) {
            monitoringProblem = unavailable.getMessage();
            performance.clear();
            performanceTwice.clear();
            traffic.clear();
            trafficTwice.clear();
        }
        List<DeploymentChange> history = List.of();
        String historyProblem = "";
        try {
            history = platform.deploymentHistory(HISTORY);
        } catch (PlatformException unavailable) {
            historyProblem = unavailable.getMessage();
        }
        return new KpiInputs(now, period, deployments, performance, performanceTwice, traffic, trafficTwice, history,
                platform.runs(), monitoringProblem, historyProblem);
    }
}
