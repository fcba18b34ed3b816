package io.sightline.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plain JDBC statements with positional parameters; instants are stored as UTC timestamps with time zone. */
public final class Sql {
    private Sql() {
    }

    /** A row of a result set turned into a value. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    public static int update(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            return statement.executeUpdate();
        }
    }

    /** Runs one statement for each row of parameters, sent to the database as one batch. */
    public static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * Sets {@code column} to {@code value} in the row of {@code table} with the given key columns and values,
     * inserting the row when there is none. Table and column names are the caller's constants, never input.
     */
    public static void upsert(Connection connection, String table, Map<String, Object> key, String column,
                              Object value) throws SQLException {
        List<String> names = new ArrayList<>(key.keySet());
        List<Object> params = new ArrayList<>();
        params.add(value);
        names.forEach(name -> params.add(key.get(name)));
        String where = String.join(" AND ", names.stream().map(name -> name + " = ?").toList());
        if (update(connection, "UPDATE " + table + " SET " + column + " = ? WHERE " + where, params.toArray()) == 0) {
            params.add(params.remove(0));
            update(connection, "INSERT INTO " + table + " (" + String.join(", ", names) + ", " + column + ") VALUES ("
                    + "?, ".repeat(names.size()) + "?)", params.toArray());
        }
    }

    public static <T> List<T> list(Connection connection, String sql, RowReader<T> reader, Object... params)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        }
    }

    public static <T> Optional<T> one(Connection connection, String sql, RowReader<T> reader, Object... params)
            throws SQLException {
        List<T> rows = list(connection, sql, reader, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            if (value instanceof Instant instant) {
                statement.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
            } else if (value instanceof Enum<?> constant) {
                statement.setString(i + 1, constant.name());
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** Reads a timestamp column written by {@link #bind}; null stays null. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        Object value = row.getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** Reads a nullable INTEGER column. */
    public static Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
