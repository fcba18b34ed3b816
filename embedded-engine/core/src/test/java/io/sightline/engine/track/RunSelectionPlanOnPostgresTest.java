package io.sightline.engine.track;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.TestPostgres;
import io.sightline.engine.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * On PostgreSQL: a few test rows would make any planner prefer a sequential scan, so sequential scans are
 * priced out for the session; a statement that no index can serve still shows {@code Seq Scan}.
 */
@EnabledIfEnvironmentVariable(named = "SIGHTLINE_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class RunSelectionPlanOnPostgresTest extends RunSelectionPlanContract {

    @Override
    protected Database open(Path directory) {
        return TestPostgres.openFreshSchema("plans");
    }

    @Override
    protected String explain(Connection connection, RunSelection.Statement statement) throws SQLException {
        try (Statement settings = connection.createStatement()) {
            settings.execute("SET enable_seqscan = off");
        }
        return plan(connection, "EXPLAIN", statement);
    }

    @Override
    protected void assertIndexed(String plan) {
        assertThat(plan).as(plan).doesNotContain("Seq Scan").contains("Index");
    }
}
