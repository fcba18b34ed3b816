package io.sightline.engine.serve;

import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.store.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Every change of what a deployment serves, recorded in the transaction that makes the change. */
public final class DeploymentHistory {

    public void record(Connection connection, Deployment deployment) throws SQLException {
        Sql.update(connection, "INSERT INTO deployment_change (deployment, model_name, model_version, state, changed_at) "
                + "VALUES (?, ?, ?, ?, ?)", deployment.name(), deployment.model(), deployment.version(),
                deployment.state(), deployment.updatedAt());
    }

    /** The changes made from {@code from} on, newest first. */
    public List<DeploymentChange> since(Connection connection, Instant from) throws SQLException {
        return Sql.list(connection, "SELECT * FROM deployment_change WHERE changed_at >= ? ORDER BY changed_at DESC, id DESC",
                row -> new DeploymentChange(row.getString("deployment"), row.getString("model_name"),
                        row.getInt("model_version"), DeploymentState.valueOf(row.getString("state")),
                        Sql.instant(row, "changed_at")),
                from);
    }
}
