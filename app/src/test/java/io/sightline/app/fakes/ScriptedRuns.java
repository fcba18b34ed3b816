package io.sightline.app.fakes;

import io.sightline.engine.api.ExperimentSummary;
import io.sightline.engine.api.RunFields;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.RunPage;
import io.sightline.engine.api.RunSearchRequest;
import io.sightline.engine.api.Runs;
import java.util.List;

/** Runs of which every call fails until a test overrides the ones it scripts. */
public interface ScriptedRuns extends Runs {

    @Override
    default List<RunInfo> runs() {
        throw Unscripted.call("Runs", "runs");
    }

    @Override
    default RunInfo run(String runId) {
        throw Unscripted.call("Runs", "run");
    }

    @Override
    default List<ExperimentSummary> experiments() {
        throw Unscripted.call("Runs", "experiments");
    }

    @Override
    default RunPage searchRuns(RunSearchRequest request) {
        throw Unscripted.call("Runs", "searchRuns");
    }

    @Override
    default RunFields runFields(String experiment) {
        throw Unscripted.call("Runs", "runFields");
    }
}
