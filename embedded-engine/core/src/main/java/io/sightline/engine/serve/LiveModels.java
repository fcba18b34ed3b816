package io.sightline.engine.serve;

import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.store.Database;
import io.sightline.engine.train.TrainedModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which version each deployment serves now, and that model loaded: kept so that scoring does not ask the
 * database every time, and forgotten when any node changes the deployment.
 */
public final class LiveModels implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveModels.class);

    private final Database database;
    private final DeploymentStore deployments = new DeploymentStore();
    private final ServedModels models;
    private final Map<String, ModelRef> refs = new ConcurrentHashMap<>();
    private final EventSubscription watch;

    public LiveModels(Database database, ServedModels models, Events events) {
        this.database = database;
        this.models = models;
        this.watch = events.subscribe(events.latestEventId(), this::onEvent);
    }

    /** The version {@code deployment} serves; {@code NOT_FOUND} when there is no such deployment. */
    public ModelRef ref(String deployment) {
        return refs.computeIfAbsent(deployment, name -> database.read(c -> deployments.get(c, name)).ref());
    }

    /** The model {@code deployment} serves, loaded. */
    public TrainedModel model(String deployment) {
        return models.get(ref(deployment));
    }

    /** Loads a version before it goes live, so that a version that cannot be loaded is refused up front. */
    public TrainedModel load(ModelRef ref) {
        return models.get(ref);
    }

    /** This node just made {@code deployment} serve its version. */
    void served(Deployment deployment) {
        refs.put(deployment.name(), deployment.ref());
    }

    /**
     * A deployment changed, here or on another node: forget which version it served (the next prediction reads
     * the deployment again) and load the version it serves now, so the first prediction does not wait for it.
     */
    private void onEvent(PlatformEvent event) {
        if (event instanceof PlatformEvent.DeploymentChanged changed) {
            refs.remove(changed.deployment());
            try {
                models.get(new ModelRef(changed.model(), changed.version()));
            } catch (PlatformException e) {
                LOG.warn("Could not load {}:{} for deployment {}: {}", changed.model(), changed.version(),
                        changed.deployment(), e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        watch.close();
    }
}
