package io.sightline.engine.serve;

import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.PolicyKind;
import io.sightline.engine.store.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Every change of what a deployment serves, recorded in the transaction that makes the change. */
public final class DeploymentHistory {

    /** A plain deploy, replacement or stop. */
    public void record(Connection connection, Deployment deployment) throws SQLException {
        record(connection, new DeploymentChange(deployment.name(), deployment.model(), deployment.version(),
                deployment.state(), deployment.updatedAt()));
    }

    /** A change with whatever it says of a release: the version before, the policy's kind, who and why. */
    public void record(Connection connection, DeploymentChange change) throws SQLException {
        Sql.update(connection, "INSERT INTO deployment_change (deployment, model_name, model_version, state, changed_at, "
                + "from_version, policy_kind, changed_by, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                change.deployment(), change.model(), change.version(), change.state(), change.at(),
                change.fromVersion(), change.policy() == null ? null : change.policy().name(), change.by(),
                change.reason());
    }

    /** The changes made from {@code from} on, newest first. */
    public List<DeploymentChange> since(Connection connection, Instant from) throws SQLException {
        return Sql.list(connection, "SELECT * FROM deployment_change WHERE changed_at >= ? ORDER BY changed_at DESC, id DESC",
                DeploymentHistory::read, from);
    }

    /** Every change of one deployment, newest first. */
    public List<DeploymentChange> of(Connection connection, String deployment) throws SQLException {
        return Sql.list(connection, "SELECT * FROM deployment_change WHERE deployment = ? "
                + "ORDER BY changed_at DESC, id DESC", DeploymentHistory::read, deployment);
    }

    private static DeploymentChange read(ResultSet row) throws SQLException {
        String policy = row.getString("policy_kind");
        return new DeploymentChange(row.getString("deployment"), row.getString("model_name"),
                row.getInt("model_version"), DeploymentState.valueOf(row.getString("state")),
                Sql.instant(row, "changed_at"), Sql.nullableInt(row, "from_version"),
                policy == null ? null : PolicyKind.valueOf(policy), row.getString("changed_by"), row.getString("reason"));
    }
}
