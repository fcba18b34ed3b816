package io.sightline.engine.serve;

import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.store.Database;
import io.sightline.engine.train.TrainedModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
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
    private final List<Consumer<String>> changeListeners = new CopyOnWriteArrayList<>();
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
    public void served(Deployment deployment) {
        refs.put(deployment.name(), deployment.ref());
        changed(deployment.name());
    }

    /**
     * Tells {@code listener} the name of every deployment that changed, here (at once) or on another node (when
     * its event arrives), so that what it keeps of the deployment can be forgotten too.
     */
    public void onChange(Consumer<String> listener) {
        changeListeners.add(listener);
    }

    private void changed(String deployment) {
        changeListeners.forEach(listener -> listener.accept(deployment));
    }

    /**
     * A deployment changed, here or on another node: forget which version it served (the next prediction reads
     * the deployment again) and load the version it serves now, so the first prediction does not wait for it.
     */
    private void onEvent(PlatformEvent event) {
        if (event instanceof PlatformEvent.DeploymentChanged changed) {
            refs.remove(changed.deployment());
            changed(changed.deployment());
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
