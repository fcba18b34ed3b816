package io.sightline.engine.api;

import java.util.List;

/** The record of every training run: its candidates, metrics and lineage. */
public interface Runs {

    List<RunInfo> runs();

    RunInfo run(String runId);

    /** The experiments that hold runs or may, by name, with their run counts. */
    List<ExperimentSummary> experiments();

    /** One page of runs searched, ordered and paged by the database (an invalid filter says what is wrong). */
    RunPage searchRuns(RunSearchRequest request);

    /** The fields the runs of {@code experiment} (null: of all) can be filtered and shown by. */
    RunFields runFields(String experiment);

    /** Every value logged for a run's metric in the order it arrived (a training's metric: its one value). */
    List<MetricStep> metricHistory(String runId, String metric);

    /**
     * Two numeric fields ({@code metrics.auc}, {@code params.depth}, {@code attributes.start_time}) of the newest
     * runs of {@code experiment} (null: of all) against each other.
     */
    RunScatter scatter(String experiment, String x, String y);
}
