package io.sightline.engine.registry;

import io.sightline.engine.api.ModelRef;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Something prepared for a model version (from its training data, say) and kept for the next time it is asked
 * for: the {@code kept} versions asked for most recently. Preparing holds the lock, so each is prepared once.
 */
public final class PerVersion<V> {
    private final Function<ModelRef, V> prepare;
    private final Map<ModelRef, V> prepared;

    public PerVersion(int kept, Function<ModelRef, V> prepare) {
        this.prepare = prepare;
        this.prepared = new LinkedHashMap<>(2 * kept, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ModelRef, V> eldest) {
                return size() > kept;
            }
        };
    }

    public synchronized V get(ModelRef ref) {
        V value = prepared.get(ref);
        if (value == null) {
            value = prepare.apply(ref);
            prepared.put(ref, value);
        }
        return value;
    }
}
