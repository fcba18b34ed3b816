package io.sightline.engine.audit;

import io.sightline.engine.TestPostgres;
import io.sightline.engine.store.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The audit chain's tests on PostgreSQL, the database a cluster runs on. */
@EnabledIfEnvironmentVariable(named = "SIGHTLINE_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class AuditLogOnPostgresTest extends AuditLogTest {

    @Override
    protected String newDatabaseUrl(Path folder) {
        return TestPostgres.freshSchemaUrl("audit");
    }

    @Override
    protected Database connect(String url) {
        return Database.open(url, TestPostgres.user(), TestPostgres.password());
    }
}
