package io.sightline.engine;

import io.sightline.engine.store.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL database named by {@code SIGHTLINE_TEST_POSTGRES_URL} (with {@code _USER} and {@code _PASSWORD}),
 * when there is one: each platform opened on it works in a schema of its own.
 */
final class TestPostgres {
    static final String URL_VARIABLE = "SIGHTLINE_TEST_POSTGRES_URL";

    private TestPostgres() {
    }

    static LocalPlatform openPlatform(Path directory) {
        String url = System.getenv(URL_VARIABLE);
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
