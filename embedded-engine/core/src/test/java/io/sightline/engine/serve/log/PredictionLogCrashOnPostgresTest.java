package io.sightline.engine.serve.log;

import io.sightline.engine.TestPostgres;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The durability bound on PostgreSQL: a process logging into a fresh schema is killed, then the schema is read. */
@EnabledIfEnvironmentVariable(named = "SIGHTLINE_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class PredictionLogCrashOnPostgresTest extends PredictionLogCrashTest {

    @Override
    protected String database() {
        return TestPostgres.freshSchemaUrl("crash");
    }
}
