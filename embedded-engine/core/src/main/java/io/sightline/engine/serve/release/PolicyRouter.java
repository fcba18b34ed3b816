package io.sightline.engine.serve.release;

import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.PredictionResult;
import io.sightline.engine.api.TrafficPolicy;
import io.sightline.engine.serve.ArmRouter;
import io.sightline.engine.serve.DeploymentStore;
import io.sightline.engine.serve.LiveModels;
import io.sightline.engine.serve.Scoring;
import io.sightline.engine.store.Database;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Routes each request by its deployment's traffic policy, kept here per deployment so that routing never asks
 * the database: read on first use, forgotten when the deployment changes (here at once, on another node when
 * its event arrives, or when {@link #refresh} sees a newer revision). A shadow scores its mirrored rows on a
 * small bounded pool, off the request; when the pool is full the row is dropped and counted, never waited for.
 */
public final class PolicyRouter implements ArmRouter, AutoCloseable {
    private static final int SHADOW_THREADS = 2;
    private static final int SHADOW_QUEUE = 1_000;

    private final Database database;
    private final Scoring scoring;
    private final DeploymentStore deployments = new DeploymentStore();
    private final PolicyStore policies = new PolicyStore();
    private final Map<String, ActivePolicy> active = new ConcurrentHashMap<>();
    private final AtomicLong shadowsDropped = new AtomicLong();
    private final ThreadPoolExecutor shadows;

    public PolicyRouter(Database database, Scoring scoring, LiveModels live) {
        this.database = database;
        this.scoring = scoring;
        live.onChange(this::forget);
        this.shadows = new ThreadPoolExecutor(SHADOW_THREADS, SHADOW_THREADS, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(SHADOW_QUEUE),
                Thread.ofPlatform().daemon().name("sightline-shadow-", 0).factory(),
                (task, pool) -> shadowsDropped.incrementAndGet());
    }

    @Override
    public Route route(String deployment, Map<String, String> row) {
        return policy(deployment).route(row);
    }

    @Override
    public void answered(String deployment, Route route, Map<String, String> row, PredictionResult result) {
        if (route.shadow() != null) {
            Map<String, String> copy = new HashMap<>(row); // the caller may reuse its row once answered
            shadows.execute(() -> scoring.shadow(deployment, route, copy, result.predictionId()));
        }
    }

    /** Mirrored rows the shadow pool had no room for. */
    public long shadowsDropped() {
        return shadowsDropped.get();
    }

    /** The deployment's policy as routing uses it; {@code NOT_FOUND} when there is no such deployment. */
    ActivePolicy policy(String deployment) {
        return active.computeIfAbsent(deployment, this::load);
    }

    /** The deployment changed: its policy is read again on the next request. */
    public void forget(String deployment) {
        active.remove(deployment);
    }

    /** Forgets every policy that is not the one stored now ({@code stored}: every stored policy). */
    void refresh(List<PolicyStore.StoredPolicy> stored) {
        Map<String, Long> revisions = new HashMap<>();
        stored.forEach(policy -> revisions.put(policy.deployment(), policy.revision()));
        active.forEach((deployment, policy) -> {
            if (revisions.getOrDefault(deployment, 0L) != policy.stored().revision()) {
                active.remove(deployment, policy);
            }
        });
    }

    private ActivePolicy load(String deployment) {
        return database.read(c -> {
            Deployment served = deployments.get(c, deployment);
            PolicyStore.StoredPolicy stored = policies.find(c, deployment).orElseGet(() -> alone(served));
            return new ActivePolicy(served.model(), stored);
        });
    }

    /** The policy of a deployment that serves its version alone: since its last deploy, revision 0. */
    static PolicyStore.StoredPolicy alone(Deployment deployment) {
        return new PolicyStore.StoredPolicy(deployment.name(), TrafficPolicy.single(deployment.version()),
                deployment.updatedAt(), 0, deployment.updatedAt(), 0);
    }

    @Override
    public void close() {
        shadows.shutdown();
        try {
            shadows.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
