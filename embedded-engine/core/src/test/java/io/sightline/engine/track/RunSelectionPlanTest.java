package io.sightline.engine.track;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.search.OrderBy;
import io.sightline.engine.search.SearchFilter;
import io.sightline.engine.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On H2: a table read whole shows as {@code tableScan} in the plan; an index read names the index. */
class RunSelectionPlanTest extends RunSelectionPlanContract {

    @Override
    protected Database open(Path directory) {
        return Database.h2File(directory);
    }

    @Override
    protected String explain(Connection connection, RunSelection.Statement statement) throws SQLException {
        return plan(connection, "EXPLAIN", statement);
    }

    /** H2 reads an index in its own order only: the page must come off the index's head, not from a sort. */
    @Test
    void newestFirstIsReadInTheIndexOrder() {
        for (RunScope scope : List.of(
                new RunScope(List.of("plans"), ViewType.ACTIVE_ONLY, RunScope.Nesting.TOP_LEVEL, null),
                RunScope.flat(List.of(), ViewType.ACTIVE_ONLY),
                new RunScope(List.of("plans"), ViewType.ACTIVE_ONLY, RunScope.Nesting.CHILDREN, "some-parent"))) {
            assertThat(planOf(RunSelection.page(scope, SearchFilter.ALL, OrderBy.parse(List.of(),
                    RunSearch.VOCABULARY), 201, 0))).containsIgnoringCase("index sorted");
        }
    }

    @Override
    protected void assertIndexed(String plan) {
        assertThat(plan).as(plan).doesNotContainIgnoringCase("tableScan").containsIgnoringCase("PUBLIC.RUN_");
    }
}
