package io.sightline.engine.track;

import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.Runs;
import io.sightline.engine.store.Database;
import java.util.List;

/** The runs this engine recorded, read from its database. */
public final class LocalRuns implements Runs {
    private final Database database;
    private final RunStore runs;

    public LocalRuns(Database database, RunStore runs) {
        this.database = database;
        this.runs = runs;
    }

    @Override
    public List<RunInfo> runs() {
        return database.read(runs::list);
    }

    @Override
    public RunInfo run(String runId) {
        return database.read(c -> runs.get(c, runId));
    }
}
