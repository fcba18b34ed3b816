package io.sightline.engine;

import io.sightline.engine.store.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL database tests may use: named by {@code SIGHTLINE_TEST_POSTGRES_URL}, {@code _USER} and
 * {@code _PASSWORD} (CI starts one). Each test works in a fresh schema of its own.
 */
public final class TestPostgres {
    private TestPostgres() {
    }

    public static String user() {
        return System.getenv("SIGHTLINE_TEST_POSTGRES_USER");
    }

    public static String password() {
        return System.getenv("SIGHTLINE_TEST_POSTGRES_PASSWORD");
    }

    /** Creates an empty schema named {@code prefix} plus random letters and returns a JDBC URL that uses it. */
    public static String freshSchemaUrl(String prefix) {
        String url = System.getenv("SIGHTLINE_TEST_POSTGRES_URL");
        String schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(url, user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare a schema on " + url, e);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A database on a fresh schema of its own. */
    public static Database openFreshSchema(String prefix) {
        return Database.open(freshSchemaUrl(prefix), user(), password());
    }
}
