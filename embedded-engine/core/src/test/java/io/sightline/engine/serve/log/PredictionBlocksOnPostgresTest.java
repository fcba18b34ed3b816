package io.sightline.engine.serve.log;

import io.sightline.engine.TestPostgres;
import io.sightline.engine.store.Database;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Retention on PostgreSQL: the same blocks, counts and pruning with the same SQL as on H2. */
@EnabledIfEnvironmentVariable(named = "SIGHTLINE_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PredictionBlocksOnPostgresTest extends PredictionBlocksTest {

    @Override
    protected Database open() {
        return TestPostgres.openFreshSchema("blocks");
    }
}
