package io.sightline.engine.serve.release;

import io.sightline.engine.api.Arm;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.TrafficPolicy;
import io.sightline.engine.serve.DeploymentHistory;
import io.sightline.engine.serve.DeploymentStore;
import io.sightline.engine.serve.LiveModels;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.EventLog;
import io.sightline.engine.store.Timestamps;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every change of a deployment's policy, written one way: the policy row, the deployment pointed at the policy's
 * first arm, the history (who, why, from which version) and the shares sampled, in one transaction; then this
 * node's caches told at once and every node told by a {@link PlatformEvent.DeploymentChanged}. A change made by a
 * background task (a canary step, a rollback on a breached guard, a bandit's new shares) is written only over the
 * revision it judged, so that on a cluster two nodes cannot both make it.
 */
final class PolicyChanges {
    private final Database database;
    private final EventLog events;
    private final LiveModels live;
    private final PolicyRouter router;
    private final DeploymentStore deployments = new DeploymentStore();
    private final DeploymentHistory history = new DeploymentHistory();
    private final PolicyStore policies = new PolicyStore();

    /** What the history says of a change besides the versions: the version before, who, and why. */
    record Why(Integer fromVersion, String by, String reason) {
    }

    PolicyChanges(Database database, EventLog events, LiveModels live, PolicyRouter router) {
        this.database = database;
        this.events = events;
        this.live = live;
        this.router = router;
    }

    /** Serves {@code deployment} under {@code policy} from now on, at canary step {@code step}, whatever it was. */
    Deployment set(String deployment, TrafficPolicy policy, int step, Why why) {
        Deployment changed = database.inTransaction(c -> {
            Instant now = Timestamps.now();
            deployments.get(c, deployment);
            policies.replace(c, deployment, policy, now, step);
            return recorded(c, deployment, policy, now, why);
        });
        announce(changed);
        return changed;
    }

    /**
     * As {@link #set}, only if the stored policy is still {@code judged}; {@code newPolicy} says whether the policy
     * starts afresh (a new since) or goes on (a canary's next step). Null when another change came first.
     */
    Deployment setIfUnchanged(PolicyStore.StoredPolicy judged, TrafficPolicy policy, int step, boolean newPolicy,
                              Why why) {
        Deployment changed = database.inTransaction(c -> {
            Instant now = Timestamps.now();
            if (!policies.update(c, judged, policy, newPolicy ? now : judged.since(), step, now)) {
                return null;
            }
            return recorded(c, judged.deployment(), policy, now, why);
        });
        if (changed != null) {
            announce(changed);
        }
        return changed;
    }

    /**
     * A bandit's new shares, only if the stored policy is still {@code judged}: sampled, not recorded in the
     * history (nobody changed the policy), and not announced: every node reads them on its next refresh.
     */
    boolean reshare(PolicyStore.StoredPolicy judged, TrafficPolicy policy) {
        boolean written = database.inTransaction(c -> {
            Instant now = Timestamps.now();
            if (!policies.update(c, judged, policy, judged.since(), judged.step(), now)) {
                return false;
            }
            policies.sample(c, judged.deployment(), now, shares(policy));
            return true;
        });
        if (written) {
            router.forget(judged.deployment());
        }
        return written;
    }

    private Deployment recorded(Connection c, String deployment, TrafficPolicy policy, Instant now, Why why)
            throws SQLException {
        Deployment before = deployments.get(c, deployment);
        Deployment after = deployments.upsert(c, deployment, before.model(), policy.primary().version());
        history.record(c, new DeploymentChange(deployment, after.model(), after.version(), after.state(),
                after.updatedAt(), why.fromVersion(), policy.kind(), why.by(), why.reason()));
        policies.sample(c, deployment, now, shares(policy));
        return after;
    }

    private void announce(Deployment changed) {
        live.served(changed); // tells the router too (it listens to the live models' changes)
        events.publish(new PlatformEvent.DeploymentChanged(0, Timestamps.now(), changed.name(), changed.model(),
                changed.version(), changed.state()));
    }

    static Map<String, Double> shares(TrafficPolicy policy) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Arm arm : policy.arms()) {
            shares.put(arm.name(), arm.share());
        }
        return shares;
    }
}
