package io.sightline.engine.track;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

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

    @Override
    protected void assertIndexed(String plan) {
        assertThat(plan).as(plan).doesNotContainIgnoringCase("tableScan").containsIgnoringCase("PUBLIC.RUN_");
    }
}
