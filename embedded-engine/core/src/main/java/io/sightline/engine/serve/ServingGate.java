package io.sightline.engine.serve;

import io.sightline.engine.api.ArgumentRules;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.ServingLimits;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.EventLog;
import io.sightline.engine.store.Sql;
import io.sightline.engine.store.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The deployments' serving limits: kept in the database, enforced here per deployment by a {@link Bulkhead}
 * read on first use and forgotten when the deployment changes (here at once, on another node when its event
 * arrives), so that admitting a request never asks the database. A deployment without limits admits at once.
 */
public final class ServingGate {
    private static final String READ = "SELECT workers, queue_limit, max_wait_ms, when_full FROM serving_limits "
            + "WHERE deployment = ?";
    /** Admits at once: no limits. */
    private static final Optional<Bulkhead> OPEN = Optional.empty();

    private final Database database;
    private final EventLog events;
    private final Deployments deployments;
    private final LiveModels live;
    private final Map<String, Optional<Bulkhead>> enforced = new ConcurrentHashMap<>();

    public ServingGate(Database database, EventLog events, Deployments deployments, LiveModels live) {
        this.database = database;
        this.events = events;
        this.deployments = deployments;
        this.live = live;
        live.onChange(enforced::remove);
    }

    /** A permit to score one request of the deployment, held until closed; refused when it is at its capacity. */
    public Permit admit(String deployment) {
        Optional<Bulkhead> bulkhead = enforced.computeIfAbsent(deployment,
                name -> read(name).filter(limits -> !limits.unlimited()).map(limits -> new Bulkhead(name, limits)));
        if (bulkhead.isEmpty()) {
            return Permit.NONE;
        }
        Bulkhead held = bulkhead.get();
        held.acquire();
        return held::release;
    }

    /** A request's place among the deployment's workers. */
    @FunctionalInterface
    public interface Permit extends AutoCloseable {
        Permit NONE = () -> { };

        @Override
        void close();
    }

    /** The deployment's limits, {@link ServingLimits#UNLIMITED} when none were set. */
    public ServingLimits limits(String deployment) {
        deployments.deployment(deployment); // refuses one that does not exist
        return read(deployment).orElse(ServingLimits.UNLIMITED);
    }

    /** Sets the deployment's limits, tells this engine's serving at once and the others by an event. */
    public ServingLimits set(String deployment, ServingLimits limits, String by, String reason) {
        if (limits == null) {
            throw PlatformException.invalid("Give the limits: workers, queue, longest wait and what happens when full"
                    + " (no workers for no limit).");
        }
        if (reason == null || reason.isBlank()) {
            throw PlatformException.invalid("Say why the serving limits change: it is kept with them.");
        }
        Deployment served = deployments.deployment(ArgumentRules.deploymentName(deployment));
        database.inTransaction(c -> {
            Sql.update(c, "DELETE FROM serving_limits WHERE deployment = ?", deployment);
            if (!limits.unlimited()) {
                Sql.update(c, "INSERT INTO serving_limits (deployment, workers, queue_limit, max_wait_ms, when_full,"
                        + " set_by, set_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", deployment, limits.workers(),
                        limits.queueLimit(), limits.maxWait().toMillis(), limits.whenFull().name(),
                        by == null || by.isBlank() ? null : by.strip(), Timestamps.now(), reason.strip());
            }
            return null;
        });
        live.served(served); // forgets the bulkhead here (the gate listens to the live models' changes)
        events.publish(new PlatformEvent.DeploymentChanged(0, Timestamps.now(), served.name(), served.model(),
                served.version(), served.state()));
        return limits;
    }

    private Optional<ServingLimits> read(String deployment) {
        return database.read(c -> Sql.one(c, READ, ServingGate::limits, deployment));
    }

    private static ServingLimits limits(ResultSet row) throws SQLException {
        return new ServingLimits(row.getInt("workers"), row.getInt("queue_limit"),
                Duration.ofMillis(row.getLong("max_wait_ms")), ServingLimits.WhenFull.valueOf(row.getString("when_full")));
    }
}
