package io.sightline.app.workspace.executive;

import io.sightline.app.workspace.RecentPeriod;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.Monitoring;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Runs;
import io.sightline.engine.api.TrafficReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the overview's inputs from the platform, off the UI thread. A platform that cannot give monitoring
 * reports or the deployment history still gives the other figures; the missing ones say why.
 */
final class KpiReader {
    /** How far back the deployment history is read, to know each version's first deploy. */
    static final Duration HISTORY = Duration.ofDays(400);

    private final Deployments deployments;
    private final Monitoring monitoring;
    private final Runs runs;

    KpiReader(Deployments deployments, Monitoring monitoring, Runs runs) {
        this.deployments = Objects.requireNonNull(deployments);
        this.monitoring = Objects.requireNonNull(monitoring);
        this.runs = Objects.requireNonNull(runs);
    }

    KpiInputs read(RecentPeriod period, Instant now) {
        List<Deployment> deployments = this.deployments.deployments();
        List<PerformanceReport> performance = new ArrayList<>();
        List<PerformanceReport> performanceTwice = new ArrayList<>();
        List<TrafficReport> traffic = new ArrayList<>();
        List<TrafficReport> trafficTwice = new ArrayList<>();
        String monitoringProblem = "";
        Duration twice = period.duration().multipliedBy(2);
        try {
            for (Deployment d : deployments) {
                if (d.state() == DeploymentState.LIVE) {
                    performance.add(monitoring.performance(d.name(), period.duration()));
                    performanceTwice.add(monitoring.performance(d.name(), twice));
                    traffic.add(monitoring.traffic(d.name(), period.duration()));
                    trafficTwice.add(monitoring.traffic(d.name(), twice));
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
            history = this.deployments.deploymentHistory(HISTORY);
        } catch (PlatformException unavailable) {
            historyProblem = unavailable.getMessage();
        }
        return new KpiInputs(now, period, deployments, performance, performanceTwice, traffic, trafficTwice, history,
                runs.runs(), monitoringProblem, historyProblem);
    }
}
