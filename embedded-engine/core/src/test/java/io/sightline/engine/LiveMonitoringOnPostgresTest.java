package io.sightline.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Live monitoring on PostgreSQL: traffic buckets, outcome joins and streamed windows with the same SQL as on H2. */
@EnabledIfEnvironmentVariable(named = "SIGHTLINE_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class LiveMonitoringOnPostgresTest extends LiveMonitoringTest {

    @Override
    protected LocalPlatform open(Path directory) {
        return LocalPlatform.open(directory, TestPostgres.openFreshSchema("monitoring"));
    }
}
