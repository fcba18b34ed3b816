package io.sightline.engine.track;

import io.sightline.engine.api.ExperimentSummary;
import io.sightline.engine.api.RunFields;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.RunPage;
import io.sightline.engine.api.RunSearchRequest;
import io.sightline.engine.api.Runs;
import io.sightline.engine.search.SearchField;
import io.sightline.engine.search.SearchPage;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import java.util.List;

/** The runs this engine recorded, read from its database. */
public final class LocalRuns implements Runs {
    /** How many of the newest runs the field names for completion and columns are read from. */
    static final int FIELD_SAMPLE_RUNS = 1000;
    /** Experiments in use with the count of their runs in use (two stage parameters: 'active'). */
    static final String EXPERIMENTS = """
            SELECT e.name, (SELECT COUNT(*) FROM run r WHERE r.experiment = e.name AND r.lifecycle_stage = ?)
                AS run_count
            FROM experiment e WHERE e.lifecycle_stage = ? ORDER BY e.name""";

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

    @Override
    public List<ExperimentSummary> experiments() {
        return database.read(c -> Sql.list(c, EXPERIMENTS,
                row -> new ExperimentSummary(row.getString("name"), row.getLong("run_count")),
                LifecycleStage.ACTIVE.word(), LifecycleStage.ACTIVE.word()));
    }

    @Override
    public RunPage searchRuns(RunSearchRequest request) {
        RunScope scope = scope(request);
        return database.read(c -> {
            SearchPage<TrackedRun> page = RunSearch.page(c, runs, scope, request.filter(), request.orderBy(),
                    request.pageSize(), request.pageToken());
            List<String> ids = page.items().stream().map(TrackedRun::id).toList();
            return new RunPage(page.items().stream().map(TrackedRun::info).toList(),
                    runs.childCounts(c, ids, scope.view()), page.nextPageToken());
        });
    }

    @Override
    public RunFields runFields(String experiment) {
        RunScope scope = RunScope.flat(experiment == null ? List.of() : List.of(experiment), ViewType.ACTIVE_ONLY);
        return database.read(c -> new RunFields(
                RunSearch.VOCABULARY.attributes().keySet().stream().sorted().toList(),
                runs.keys(c, SearchField.Kind.METRIC, scope, FIELD_SAMPLE_RUNS),
                runs.keys(c, SearchField.Kind.PARAM, scope, FIELD_SAMPLE_RUNS),
                runs.keys(c, SearchField.Kind.TAG, scope, FIELD_SAMPLE_RUNS),
                FIELD_SAMPLE_RUNS));
    }

    /**
     * A filter searches every run, children too (folding would hide a matching child of a parent that does not
     * match); without one, children fold under their parent when asked.
     */
    private static RunScope scope(RunSearchRequest request) {
        List<String> experiments = request.experiment() == null ? List.of() : List.of(request.experiment());
        RunScope.Nesting nesting;
        if (request.parentRunId() != null) {
            nesting = RunScope.Nesting.CHILDREN;
        } else if (request.foldChildren() && (request.filter() == null || request.filter().isBlank())) {
            nesting = RunScope.Nesting.TOP_LEVEL;
        } else {
            nesting = RunScope.Nesting.FLAT;
        }
        return new RunScope(experiments, ViewType.ACTIVE_ONLY, nesting, request.parentRunId());
    }
}
