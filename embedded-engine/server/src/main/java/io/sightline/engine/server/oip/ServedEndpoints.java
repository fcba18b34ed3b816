package io.sightline.engine.server.oip;

import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Registry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The endpoints requests name, looked up in the platform once and then kept, so that an inference request does
 * not read the deployment and its model version from the database every time. An entry is dropped when the
 * platform announces that its deployment changed; an entry loaded while a change was being announced is not
 * kept, so a redeployment is never hidden behind a stale entry.
 */
final class ServedEndpoints implements AutoCloseable {
    private final Deployments deployments;
    private final Registry registry;
    private final Map<String, InferenceModel> cached = new ConcurrentHashMap<>();
    private final EventSubscription subscription;
    private final Object changeLock = new Object();
    private long changes;

    ServedEndpoints(Deployments deployments, Registry registry, Events events) {
        this.deployments = deployments;
        this.registry = registry;
        this.subscription = events.subscribe(events.latestEventId(), this::onEvent);
    }

    /** The endpoint called {@code name}; a {@code NOT_FOUND} failure when there is no such deployment. */
    InferenceModel get(String name) {
        InferenceModel endpoint = cached.get(name);
        return endpoint != null ? endpoint : load(name);
    }

    /**
     * The endpoint called {@code name} when it serves {@code version} (null: any); it is looked up afresh before
     * the answer is no, in case the deployment has just changed.
     */
    InferenceModel get(String name, String version) {
        InferenceModel endpoint = get(name);
        if (endpoint.serves(version)) {
            return endpoint;
        }
        InferenceModel fresh = load(name);
        if (!fresh.serves(version)) {
            throw fresh.notServing(version);
        }
        return fresh;
    }

    /** Forgets what is known of {@code name}, e.g. when a prediction came from another version than expected. */
    void forget(String name) {
        synchronized (changeLock) {
            changes++;
            cached.remove(name);
        }
    }

    private InferenceModel load(String name) {
        long before;
        synchronized (changeLock) {
            before = changes;
        }
        Deployment deployment;
        try {
            deployment = deployments.deployment(name);
        } catch (PlatformException e) {
            if (e.code() != ErrorCode.NOT_FOUND) {
                throw e;
            }
            throw new PlatformException(ErrorCode.NOT_FOUND, "No model called '" + name + "' is served here: "
                    + "there is no deployment of that name.", e);
        }
        InferenceModel endpoint = InferenceModel.of(deployment, registry.modelVersion(deployment.model(), deployment.version()));
        synchronized (changeLock) {
            if (changes == before) {
                cached.put(name, endpoint);
            }
        }
        return endpoint;
    }

    private void onEvent(PlatformEvent event) {
        if (event instanceof PlatformEvent.DeploymentChanged changed) {
            forget(changed.deployment());
        }
    }

    @Override
    public void close() {
        subscription.close();
    }
}
