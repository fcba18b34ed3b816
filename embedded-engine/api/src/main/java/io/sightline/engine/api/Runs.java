package io.sightline.engine.api;

import java.util.List;

/** The record of every training run: its candidates, metrics and lineage. */
public interface Runs {

    List<RunInfo> runs();

    RunInfo run(String runId);
}
