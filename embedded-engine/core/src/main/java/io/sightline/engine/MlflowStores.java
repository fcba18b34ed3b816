package io.sightline.engine;

import io.sightline.engine.registry.ModelCatalog;
import io.sightline.engine.track.Tracking;

/** What the MLflow-compatible API is built on: experiments and runs as MLflow clients log them, and the registry. */
public interface MlflowStores {

    /** Experiments and runs as MLflow clients log them. */
    Tracking tracking();

    /** The registry as MLflow clients edit it: descriptions, tags, aliases, versions kept elsewhere. */
    ModelCatalog modelCatalog();
}
