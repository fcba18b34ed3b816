package io.sightline.engine.serve;

import io.sightline.engine.api.ModelRef;
import io.sightline.engine.train.TrainedModel;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Loaded models, by version: a model is read from its artifact once and then shared by every deployment that
 * serves it, so scoring never touches the database or the disk.
 */
public final class ServedModels {
    private final Map<ModelRef, TrainedModel> loaded = new ConcurrentHashMap<>();
    private final Function<ModelRef, TrainedModel> loader;

    public ServedModels(Function<ModelRef, TrainedModel> loader) {
        this.loader = loader;
    }

    public TrainedModel get(ModelRef ref) {
        return loaded.computeIfAbsent(ref, loader);
    }

    public int size() {
        return loaded.size();
    }
}
