package io.sightline.engine;

import io.sightline.engine.api.Platform;
import io.sightline.engine.cluster.NodeOptions;
import io.sightline.engine.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The whole contract on PostgreSQL: the same migrations and SQL as on H2. Runs when
 * {@code SIGHTLINE_TEST_POSTGRES_URL} (with {@code _USER} and {@code _PASSWORD}) names a database; CI starts
 * one. Each run works in a schema of its own. On PostgreSQL the engine is a cluster node (of one here), so this
 * also runs the contract through leases, the shared artifact store and the event table.
 */
@EnabledIfEnvironmentVariable(named = "SIGHTLINE_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class LocalPlatformOnPostgresTest extends PlatformContract {

    @Override
    protected Platform open(Path directory) {
        Database database = TestPostgres.openFreshSchema("contract");
        return LocalPlatform.open(receiversOnLoopback(directory), database, NodeOptions.defaultFor(database));
    }
}
