package io.sightline.engine;

import io.sightline.engine.store.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh schema on the PostgreSQL that {@code SIGHTLINE_TEST_POSTGRES_URL} (with {@code _USER} and
 * {@code _PASSWORD}) names, so that each test class works on its own tables.
 */
public final class PostgresTestDatabase {
    public static final String URL_VARIABLE = "SIGHTLINE_TEST_POSTGRES_URL";

    private PostgresTestDatabase() {
    }

    public static Database openFreshSchema(String prefix) {
        String url = System.getenv(URL_VARIABLE);
        String user = System.getenv("SIGHTLINE_TEST_POSTGRES_USER");
        String password = System.getenv("SIGHTLINE_TEST_POSTGRES_PASSWORD");
        String schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare a schema on " + url, e);
        }
        String separator = url.contains("?") ? "&" : "?";
        return Database.open(url + separator + "currentSchema=" + schema, user, password);
    }
}
