package io.sightline.engine.serve.release;

import com.fasterxml.jackson.core.type.TypeReference;
import io.sightline.engine.api.ShareSample;
import io.sightline.engine.api.TrafficPolicy;
import io.sightline.engine.store.Sql;
import io.sightline.engine.wire.Json;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Traffic policies in the database, one row per deployment that has one, and a bandit's shares over time.
 * Every write raises the row's revision; {@link #update} writes only over the revision it was given, so that
 * of two nodes acting on the same policy (a canary step, a bandit's new shares) only one wins.
 */
final class PolicyStore {
    private static final TypeReference<LinkedHashMap<String, Double>> SHARES = new TypeReference<>() { };

    /**
     * A deployment's policy as stored: since when it is served, and for a canary its step (0-based) and when the
     * step began (for a bandit: when its shares were last recomputed); the row's revision.
     */
    record StoredPolicy(String deployment, TrafficPolicy policy, Instant since, int step, Instant stepStartedAt,
                        long revision) {
    }

    Optional<StoredPolicy> find(Connection c, String deployment) throws SQLException {
        return Sql.one(c, "SELECT * FROM deployment_policy WHERE deployment = ?", PolicyStore::read, deployment);
    }

    /** Every stored policy (one row per deployment serving under a policy: a small table). */
    List<StoredPolicy> all(Connection c) throws SQLException {
        return Sql.list(c, "SELECT * FROM deployment_policy ORDER BY deployment", PolicyStore::read);
    }

    /** Sets the deployment's policy whatever it was; answers what was stored. */
    StoredPolicy replace(Connection c, String deployment, TrafficPolicy policy, Instant since, int step)
            throws SQLException {
        long revision = find(c, deployment).map(StoredPolicy::revision).orElse(0L) + 1;
        Sql.update(c, "DELETE FROM deployment_policy WHERE deployment = ?", deployment);
        Sql.update(c, "INSERT INTO deployment_policy (deployment, policy_json, since, canary_step, step_started_at, "
                + "revision) VALUES (?, ?, ?, ?, ?, ?)", deployment, Json.write(policy), since, step, since, revision);
        return new StoredPolicy(deployment, policy, since, step, since, revision);
    }

    /**
     * Changes the policy, since when it is served, its step and the step's start if its revision is still
     * {@code expected.revision()}; false when another change came first (nothing is written).
     */
    boolean update(Connection c, StoredPolicy expected, TrafficPolicy policy, Instant since, int step,
                   Instant stepStartedAt) throws SQLException {
        return Sql.update(c, "UPDATE deployment_policy SET policy_json = ?, since = ?, canary_step = ?, "
                + "step_started_at = ?, revision = revision + 1 WHERE deployment = ? AND revision = ?",
                Json.write(policy), since, step, stepStartedAt, expected.deployment(), expected.revision()) == 1;
    }

    void sample(Connection c, String deployment, Instant at, Map<String, Double> shares) throws SQLException {
        Sql.update(c, "INSERT INTO release_share_sample (deployment, at, shares_json) VALUES (?, ?, ?)", deployment,
                at, Json.write(shares));
    }

    /** The shares recorded for the deployment from {@code from} on, oldest first. */
    List<ShareSample> samples(Connection c, String deployment, Instant from) throws SQLException {
        return Sql.list(c, "SELECT at, shares_json FROM release_share_sample WHERE deployment = ? AND at >= ? "
                + "ORDER BY at, id", row -> new ShareSample(Sql.instant(row, "at"),
                Json.read(row.getString("shares_json"), SHARES)), deployment, from);
    }

    private static StoredPolicy read(ResultSet row) throws SQLException {
        Integer step = Sql.nullableInt(row, "canary_step");
        return new StoredPolicy(row.getString("deployment"), Json.read(row.getString("policy_json"), TrafficPolicy.class),
                Sql.instant(row, "since"), step == null ? 0 : step, Sql.instant(row, "step_started_at"),
                row.getLong("revision"));
    }
}
