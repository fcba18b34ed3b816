package io.sightline.engine.serve;

import io.sightline.engine.api.ArgumentRules;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Registry;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.EventLog;
import io.sightline.engine.store.Timestamps;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;

/**
 * Deployments in this engine: a version Sightline holds the model file of goes live under a name, each change
 * is recorded in the deployment history and announced to every node.
 */
public final class LocalDeployments implements Deployments {
    private final Database database;
    private final EventLog events;
    private final Registry registry;
    private final LiveModels live;
    private final DeploymentStore store = new DeploymentStore();
    private final DeploymentHistory history = new DeploymentHistory();
    private final InstantSource clock;

    public LocalDeployments(Database database, EventLog events, Registry registry, LiveModels live,
                            InstantSource clock) {
        this.database = database;
        this.events = events;
        this.registry = registry;
        this.live = live;
        this.clock = clock;
    }

    @Override
    public Deployment deploy(String deploymentName, String model, int version) {
        ArgumentRules.deploymentName(deploymentName);
        requireServable(model, version);
        // two nodes creating the same deployment at once collide on its name: the later one then updates it
        Deployment deployment = database.inTransactionRetryingConflicts(c -> {
            store.endPolicy(c, deploymentName); // a deploy replaces what the name served, policy and all
            Deployment changed = store.upsert(c, deploymentName, model, version);
            history.record(c, changed);
            return changed;
        });
        live.served(deployment);
        events.publish(new PlatformEvent.DeploymentChanged(0, Timestamps.now(), deployment.name(), model, version,
                deployment.state()));
        return deployment;
    }

    /**
     * Checks that Sightline holds the model file of a version and loads it, so that a version that cannot serve
     * is refused before it goes live; {@code NOT_FOUND} when there is no such version.
     */
    public void requireServable(String model, int version) {
        ModelVersion modelVersion = registry.modelVersion(model, version);
        if (modelVersion.artifactSha256() == null) {
            throw PlatformException.invalid("Version " + version + " of '" + model + "' was registered through the "
                    + "MLflow API and points at a model kept elsewhere; Sightline holds no model file for it, so it "
                    + "cannot be deployed. Deploy a version that Sightline trained.");
        }
        live.load(modelVersion.ref());
    }

    @Override
    public List<Deployment> deployments() {
        return database.read(store::list);
    }

    @Override
    public Deployment deployment(String deploymentName) {
        return database.read(c -> store.get(c, deploymentName));
    }

    @Override
    public List<DeploymentChange> deploymentHistory(Duration window) {
        ArgumentRules.window(window);
        return database.read(c -> history.since(c, clock.instant().minus(window)));
    }
}
