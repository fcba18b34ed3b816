package io.sightline.app.fakes;

import io.sightline.engine.api.RunInfo;
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
}
