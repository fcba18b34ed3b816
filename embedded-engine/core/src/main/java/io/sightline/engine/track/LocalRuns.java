package io.sightline.engine.track;

import io.sightline.engine.api.ExperimentSummary;
import io.sightline.engine.api.MetricStep;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RunFields;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.RunPage;
import io.sightline.engine.api.RunScatter;
import io.sightline.engine.api.RunSearchRequest;
import io.sightline.engine.api.Runs;
import io.sightline.engine.search.OrderBy;
import io.sightline.engine.search.SearchField;
import io.sightline.engine.search.SearchPage;
import io.sightline.engine.search.SearchVocabulary;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import java.util.ArrayList;
import java.util.List;

/** The runs this engine recorded, read from its database. */
public final class LocalRuns implements Runs {
    /** How many of the newest runs the field names for completion and columns are read from. */
    static final int FIELD_SAMPLE_RUNS = 1000;
    /** How many of the newest runs a scatter plots: enough to see a shape, few enough to draw at once. */
    static final int SCATTER_RUNS = 5000;
    /** Experiments in use with the count of their runs in use (two stage parameters: 'active'). */
    static final String EXPERIMENTS = """
            SELECT e.name, (SELECT COUNT(*) FROM run r WHERE r.experiment = e.name AND r.lifecycle_stage = ?)
                AS run_count
            FROM experiment e WHERE e.lifecycle_stage = ? ORDER BY e.name""";

    private final Database database;
    private final RunStore runs;
    private final RunLog log;

    public LocalRuns(Database database, RunStore runs) {
        this.database = database;
        this.runs = runs;
        this.log = new RunLog(runs);
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

    @Override
    public List<MetricStep> metricHistory(String runId, String metric) {
        LoggingRules.key("metric", metric);
        return database.read(c -> log.historyOrRecorded(c, runs.tracked(c, runId), metric)).stream()
                .map(point -> new MetricStep(point.step(), point.timestampMillis(), point.value())).toList();
    }

    @Override
    public RunScatter scatter(String experiment, String x, String y) {
        SearchField xField = numericField(x);
        SearchField yField = numericField(y);
        RunScope scope = RunScope.flat(experiment == null ? List.of() : List.of(experiment), ViewType.ACTIVE_ONLY);
        return database.read(c -> {
            RunSelection.Statement count = RunSelection.count(scope);
            long runCount = Sql.one(c, count.sql(), row -> row.getLong("runs"), count.paramArray()).orElse(0L);
            RunSelection.Statement pairs = RunSelection.pairs(scope, xField, yField, SCATTER_RUNS);
            List<RunScatter.Point> points = new ArrayList<>();
            Sql.list(c, pairs.sql(), row -> {
                Double xValue = number(row.getObject("x_value"));
                Double yValue = number(row.getObject("y_value"));
                if (xValue != null && yValue != null) {
                    points.add(new RunScatter.Point(row.getString("id"), xValue, yValue));
                }
                return null;
            }, pairs.paramArray());
            return new RunScatter(x, y, points, runCount, (int) Math.min(runCount, SCATTER_RUNS));
        });
    }

    /** A field that has numbers: a metric, a parameter (those that are not numbers are left out) or a time. */
    private static SearchField numericField(String name) {
        if (name == null || name.isBlank()) {
            throw PlatformException.invalid("Name two fields to plot, such as metrics.auc and params.depth.");
        }
        SearchField field = OrderBy.parse(List.of(name), RunSearch.VOCABULARY).keys().get(0).field();
        if (RunSearch.VOCABULARY.typeOf(field) != SearchVocabulary.ValueType.NUMBER
                && field.kind() != SearchField.Kind.PARAM) {
            throw PlatformException.invalid(name + " is not a number; plot a metric, a parameter or "
                    + "attributes.start_time.");
        }
        return field;
    }

    private static Double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String text) {
            try {
                return Double.valueOf(text.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return (double) time.toInstant().toEpochMilli();
        }
        if (value instanceof java.sql.Timestamp time) {
            return (double) time.getTime();
        }
        return null;
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
