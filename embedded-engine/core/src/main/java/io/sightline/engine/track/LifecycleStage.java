package io.sightline.engine.track;

import io.sightline.engine.api.PlatformException;
import java.util.Locale;

/** Whether an experiment or a run is in use or deleted (kept, and restorable). */
public enum LifecycleStage {
    ACTIVE,
    DELETED;

    /** The word stored and spoken on the wire: {@code active} or {@code deleted}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LifecycleStage of(String word) {
        try {
            return valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("Unknown lifecycle stage '" + word + "': use active or deleted.");
        }
    }
}
