package io.sightline.engine;

import io.sightline.engine.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The two-node tests on PostgreSQL, the database a cluster runs on. */
@EnabledIfEnvironmentVariable(named = "SIGHTLINE_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class ClusterNodesOnPostgresTest extends ClusterNodesTest {

    @Override
    protected String newDatabaseUrl(Path directory) {
        return TestPostgres.freshSchemaUrl("nodes");
    }

    @Override
    protected Database connect(String url) {
        return Database.open(url, TestPostgres.user(), TestPostgres.password());
    }
}
