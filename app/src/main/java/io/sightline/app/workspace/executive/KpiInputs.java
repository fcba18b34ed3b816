package io.sightline.app.workspace.executive;

import io.sightline.app.workspace.RecentPeriod;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.TrafficReport;
import java.time.Instant;
import java.util.List;

/**
 * Everything the overview's figures are computed from, read at {@code now}: the deployments, the performance
 * and traffic reports of each live one over the period and over twice the period (the earlier half is the
 * previous period), the deployment history and the training runs. {@code monitoringProblem} and {@code
 * historyProblem} say why the reports or the history could not be read, or are empty.
 */
public record KpiInputs(
        Instant now,
        RecentPeriod period,
        List<Deployment> deployments,
        List<PerformanceReport> performance,
        List<PerformanceReport> performanceTwice,
        List<TrafficReport> traffic,
        List<TrafficReport> trafficTwice,
        List<DeploymentChange> history,
        List<RunInfo> runs,
        String monitoringProblem,
        String historyProblem) {

    public KpiInputs {
        deployments = List.copyOf(deployments);
        performance = List.copyOf(performance);
        performanceTwice = List.copyOf(performanceTwice);
        traffic = List.copyOf(traffic);
        trafficTwice = List.copyOf(trafficTwice);
        history = List.copyOf(history);
        runs = List.copyOf(runs);
    }
}
