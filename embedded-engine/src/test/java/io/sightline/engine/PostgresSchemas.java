package io.sightline.engine;

import io.sightline.engine.store.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * A fresh schema on the PostgreSQL that {@code SIGHTLINE_TEST_POSTGRES_URL} (with {@code _USER} and
 * {@code _PASSWORD}) names, for tests that run the same SQL on PostgreSQL as on H2; empty when none is named.
 */
public final class PostgresSchemas {
    private PostgresSchemas() {
    }

    public static boolean available() {
        String url = System.getenv("SIGHTLINE_TEST_POSTGRES_URL");
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    /** Opens (and migrates) a new schema named {@code prefix_} and random hex. */
    public static Optional<Database> fresh(String prefix) {
        if (!available()) {
            return Optional.empty();
        }
        String url = System.getenv("SIGHTLINE_TEST_POSTGRES_URL");
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
        return Optional.of(Database.open(url + separator + "currentSchema=" + schema, user, password));
    }
}
