package io.sightline.engine.strategy;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Strategy;
import io.sightline.engine.api.StrategySpec;
import io.sightline.engine.wire.Json;
import io.sightline.engine.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;


/** Strategies in the database, per deployment, in the order they were saved (the order they decide in). */
final class StrategyStore {
    private static final String ORDER = " ORDER BY created_at, id";

    /** A stored strategy that cannot be read back or applied: its deployment must not decide without it. */
    static final class UnreadableStrategy extends PlatformException {
        private static final long serialVersionUID = 1L;

        UnreadableStrategy(String message, Throwable cause) {
            super(ErrorCode.INTERNAL, message, cause);
        }
    }

    /** An enabled strategy as stored, its spec not yet read back, so that one unreadable spec hides no other. */
    record Stored(String id, String deployment, String name, String specJson) {
        StrategySpec spec() {
            return StrategyStore.spec(id, name, specJson);
        }
    }

    void insert(Connection connection, Strategy strategy) throws SQLException {
        Sql.update(connection, "INSERT INTO strategy (id, deployment, name, spec_json, enabled, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", strategy.id(), strategy.deployment(), strategy.spec().name().strip(),
                Json.write(strategy.spec()), strategy.enabled(), strategy.createdAt(), strategy.updatedAt());
    }

    boolean nameTaken(Connection connection, String deployment, String name) throws SQLException {
        return Sql.one(connection, "SELECT id FROM strategy WHERE deployment = ? AND name = ?",
                row -> row.getString("id"), deployment, name.strip()).isPresent();
    }

    List<Strategy> list(Connection connection, String deployment) throws SQLException {
        return Sql.list(connection, "SELECT * FROM strategy WHERE deployment = ?" + ORDER, StrategyStore::read,
                deployment);
    }

    List<Strategy> enabled(Connection connection, String deployment) throws SQLException {
        return Sql.list(connection, "SELECT * FROM strategy WHERE deployment = ? AND enabled = ?" + ORDER,
                StrategyStore::read, deployment, true);
    }

    /** Every enabled strategy of every deployment, as stored. */
    List<Stored> allEnabled(Connection connection) throws SQLException {
        return Sql.list(connection, "SELECT id, deployment, name, spec_json FROM strategy WHERE enabled = ?" + ORDER,
                row -> new Stored(row.getString("id"), row.getString("deployment"), row.getString("name"),
                        row.getString("spec_json")), true);
    }

    /** The deployment a strategy belongs to, without reading the strategy itself (which may be unreadable). */
    String deploymentOf(Connection connection, String id) throws SQLException {
        return Sql.one(connection, "SELECT deployment FROM strategy WHERE id = ?", row -> row.getString("deployment"),
                id).orElseThrow(() -> PlatformException.notFound("strategy", id));
    }

    Strategy get(Connection connection, String id) throws SQLException {
        return find(connection, id).orElseThrow(() -> PlatformException.notFound("strategy", id));
    }

    Optional<Strategy> find(Connection connection, String id) throws SQLException {
        return Sql.one(connection, "SELECT * FROM strategy WHERE id = ?", StrategyStore::read, id);
    }

    void setEnabled(Connection connection, String id, boolean enabled, Instant at) throws SQLException {
        Sql.update(connection, "UPDATE strategy SET enabled = ?, updated_at = ? WHERE id = ?", enabled, at, id);
    }

    void delete(Connection connection, String id) throws SQLException {
        Sql.update(connection, "DELETE FROM strategy WHERE id = ?", id);
    }

    private static Strategy read(ResultSet row) throws SQLException {
        return new Strategy(row.getString("id"), row.getString("deployment"),
                spec(row.getString("id"), row.getString("name"), row.getString("spec_json")), row.getBoolean("enabled"),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }

    private static StrategySpec spec(String id, String name, String json) {
        try {
            return Objects.requireNonNull(Json.read(json, StrategySpec.class), "nothing is stored");
        } catch (RuntimeException e) {
            throw new UnreadableStrategy("the stored strategy '" + name + "' (" + id + ") cannot be read back: "
                    + e.getMessage(), e);
        }
    }
}
