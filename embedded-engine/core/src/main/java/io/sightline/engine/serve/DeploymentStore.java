package io.sightline.engine.serve;

import io.sightline.engine.store.Timestamps;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Deployments in the database. */
public final class DeploymentStore {

    /** Points {@code name} at a model version, creating the deployment if it is new. */
    public Deployment upsert(Connection connection, String name, String model, int version) throws SQLException {
        Instant now = Timestamps.now();
        if (find(connection, name).isPresent()) {
            Sql.update(connection, "UPDATE deployment SET model_name = ?, model_version = ?, state = ?, updated_at = ? "
                    + "WHERE name = ?", model, version, DeploymentState.LIVE, now, name);
        } else {
            Sql.update(connection, "INSERT INTO deployment (name, model_name, model_version, state, created_at, "
                    + "updated_at) VALUES (?, ?, ?, ?, ?, ?)", name, model, version, DeploymentState.LIVE, now, now);
        }
        return get(connection, name);
    }

    /** Ends the traffic policy {@code name} served under, if any: it serves its version alone. */
    public void endPolicy(Connection connection, String name) throws SQLException {
        Sql.update(connection, "DELETE FROM deployment_policy WHERE deployment = ?", name);
    }

    public List<Deployment> list(Connection connection) throws SQLException {
        return Sql.list(connection, "SELECT * FROM deployment ORDER BY updated_at DESC", DeploymentStore::read);
    }

    public Deployment get(Connection connection, String name) throws SQLException {
        return find(connection, name).orElseThrow(() -> PlatformException.notFound("deployment", name));
    }

    public Optional<Deployment> find(Connection connection, String name) throws SQLException {
        return Sql.one(connection, "SELECT * FROM deployment WHERE name = ?", DeploymentStore::read, name);
    }

    private static Deployment read(ResultSet row) throws SQLException {
        return new Deployment(row.getString("name"), row.getString("model_name"), row.getInt("model_version"),
                DeploymentState.valueOf(row.getString("state")), Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"));
    }
}
