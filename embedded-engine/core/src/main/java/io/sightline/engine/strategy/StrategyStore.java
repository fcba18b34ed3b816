package io.sightline.engine.strategy;

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
import java.util.Optional;

/** Strategies in the database, per deployment, in the order they were saved (the order they decide in). */
final class StrategyStore {
    private static final String ORDER = " ORDER BY created_at, id";

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
                Json.read(row.getString("spec_json"), StrategySpec.class), row.getBoolean("enabled"),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }
}
