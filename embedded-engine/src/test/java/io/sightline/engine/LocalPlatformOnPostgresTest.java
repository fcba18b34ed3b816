package io.sightline.engine;

import io.sightline.engine.api.Platform;
import io.sightline.engine.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The whole contract on PostgreSQL: the same migrations and SQL as on H2. Runs when
 * {@code SIGHTLINE_TEST_POSTGRES_URL} (with {@code _USER} and {@code _PASSWORD}) names a database; CI starts
 * one. Each run works in a schema of its own.
 */
@EnabledIfEnvironmentVariable(named = "SIGHTLINE_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class LocalPlatformOnPostgresTest extends PlatformContract {

    @Override
    protected Platform open(Path directory) {
        String url = System.getenv("SIGHTLINE_TEST_POSTGRES_URL");
        String user = System.getenv("SIGHTLINE_TEST_POSTGRES_USER");
        String password = System.getenv("SIGHTLINE_TEST_POSTGRES_PASSWORD");
        String schema = "contract_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare a schema on " + url, e);
        }
        String separator = url.contains("?") ? "&" : "?";
        return LocalPlatform.open(directory, Database.open(url + separator + "currentSchema=" + schema, user, password));
    }
}
