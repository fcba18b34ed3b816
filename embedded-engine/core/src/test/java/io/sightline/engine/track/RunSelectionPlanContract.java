package io.sightline.engine.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.search.OrderBy;
import io.sightline.engine.search.SearchField;
import io.sightline.engine.search.SearchFilter;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statements behind the runs table are answered from indexes: each one's plan, as the database explains it,
 * names an index for every table it reads and scans none whole. Subclassed per database.
 */
abstract class RunSelectionPlanContract {
    private static final String EXPERIMENT = "plans";

    @TempDir
    Path folder;

    private Database database;

    /** A fresh, migrated database. */
    protected abstract Database open(Path directory);

    /** The plan text of {@code statement} on {@code connection}, as one string. */
    protected abstract String explain(Connection connection, RunSelection.Statement statement) throws SQLException;

    /** Fails when {@code plan} reads a table whole instead of through an index. */
    protected abstract void assertIndexed(String plan);

    @BeforeEach
    void someRuns() {
        database = open(folder);
        Tracking tracking = new Tracking(database, new ExperimentStore(folder.resolve("artifacts").toUri().toString()),
                new RunStore(new ExperimentStore(folder.resolve("artifacts").toUri().toString())));
        String experimentId = tracking.createExperiment(EXPERIMENT, null, Map.of()).id();
        TrackedRun parent = tracking.createRun(new NewRun(experimentId, "ana", "parent", null, List.of()));
        for (int i = 0; i < 3; i++) {
            TrackedRun child = tracking.createRun(new NewRun(experimentId, "ana", "child-" + i, null,
                    List.of(new KeyValue(RunLog.PARENT_RUN_TAG, parent.id()))));
            tracking.log(child.id(), new RunBatch(List.of(new MetricPoint("auc", 0.7 + i / 10.0, 1000L + i, 0)),
                    List.of(new KeyValue("depth", String.valueOf(i))), List.of(new KeyValue("team", "risk"))));
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theFirstPageOfAnExperimentIsReadFromItsIndex() {
        assertPlanIndexed(RunSelection.page(topLevel(), SearchFilter.ALL, order(), 201, 0));
    }

    @Test
    void aDeepPageIsReadFromTheSameIndex() {
        assertPlanIndexed(RunSelection.page(topLevel(), SearchFilter.ALL, order(), 201, 90_000));
    }

    @Test
    void everyKindOfClauseProbesItsTableByKey() {
        SearchFilter filter = SearchFilter.parse("metrics.auc > 0.75 and params.depth IN ('1', '2') and "
                + "tags.team LIKE 'ri%' and attributes.status = 'RUNNING' and attributes.start_time > 0",
                RunSearch.VOCABULARY);
        assertPlanIndexed(RunSelection.page(flat(), filter, order(), 201, 0));
    }

    @Test
    void orderingByAMetricReadsItByKey() {
        assertPlanIndexed(RunSelection.page(topLevel(), SearchFilter.ALL, order("metrics.auc DESC", "params.depth"),
                201, 0));
    }

    @Test
    void childrenAndTheirCountsAreReadFromTheParentIndex() {
        assertPlanIndexed(RunSelection.page(new RunScope(List.of(EXPERIMENT), ViewType.ACTIVE_ONLY,
                RunScope.Nesting.CHILDREN, "some-parent"), SearchFilter.ALL, order(), 201, 0));
        assertPlanIndexed(RunSelection.childCounts(List.of("a", "b"), ViewType.ACTIVE_ONLY));
    }

    @Test
    void fieldNamesAreReadFromTheNewestRunsByIndex() {
        for (SearchField.Kind kind : List.of(SearchField.Kind.METRIC, SearchField.Kind.PARAM, SearchField.Kind.TAG)) {
            assertPlanIndexed(RunSelection.keys(kind, flat(), LocalRuns.FIELD_SAMPLE_RUNS));
        }
    }

    @Test
    void theScatterReadsTheNewestRunsAndCountsFromTheIndex() {
        SearchField auc = new SearchField(SearchField.Kind.METRIC, "auc");
        SearchField depth = new SearchField(SearchField.Kind.PARAM, "depth");
        assertPlanIndexed(RunSelection.pairs(flat(), auc, depth, LocalRuns.SCATTER_RUNS));
        assertPlanIndexed(RunSelection.count(flat()));
    }

    @Test
    void aStatementThatNoIndexServesIsCaught() {
        RunSelection.Statement scan = new RunSelection.Statement("SELECT r.id FROM run r WHERE r.run_name = ?",
                List.of("parent"));
        assertThatThrownBy(() -> assertPlanIndexed(scan)).isInstanceOf(AssertionError.class);
    }

    @Test
    void theStatementsFindWhatTheyShould() {
        List<String> ids = database.read(c -> Sql.list(c, RunSelection.page(flat(),
                SearchFilter.parse("metrics.auc > 0.75 and tags.team = 'risk'", RunSearch.VOCABULARY),
                order("metrics.auc DESC"), 10, 0).sql(), row -> row.getString("id"),
                RunSelection.page(flat(), SearchFilter.parse("metrics.auc > 0.75 and tags.team = 'risk'",
                        RunSearch.VOCABULARY), order("metrics.auc DESC"), 10, 0).paramArray()));
        assertThat(ids).hasSize(2);
        List<String> topLevel = database.read(c -> Sql.list(c, RunSelection.page(topLevel(), SearchFilter.ALL,
                order(), 10, 0).sql(), row -> row.getString("id"),
                RunSelection.page(topLevel(), SearchFilter.ALL, order(), 10, 0).paramArray()));
        assertThat(topLevel).hasSize(1);
    }

    private void assertPlanIndexed(RunSelection.Statement statement) {
        assertIndexed(planOf(statement));
    }

    protected String planOf(RunSelection.Statement statement) {
        return database.read(c -> explain(c, statement));
    }

    private static RunScope topLevel() {
        return new RunScope(List.of(EXPERIMENT), ViewType.ACTIVE_ONLY, RunScope.Nesting.TOP_LEVEL, null);
    }

    private static RunScope flat() {
        return RunScope.flat(List.of(EXPERIMENT), ViewType.ACTIVE_ONLY);
    }

    private static OrderBy order(String... clauses) {
        return OrderBy.parse(List.of(clauses), RunSearch.VOCABULARY);
    }

    /** Runs {@code EXPLAIN} (with whatever options the database takes) and joins the plan's lines. */
    protected static String plan(Connection connection, String explain, RunSelection.Statement statement)
            throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement prepared = connection.prepareStatement(explain + " " + statement.sql())) {
            Sql.bind(prepared, statement.paramArray());
            try (ResultSet rows = prepared.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }
}
