package io.sightline.engine.track;

import io.sightline.engine.api.PlatformException;
import java.util.Locale;

/** Which experiments or runs a search sees: the active ones (the default), the deleted ones, or all. */
public enum ViewType {
    ACTIVE_ONLY,
    DELETED_ONLY,
    ALL;

    public boolean includes(LifecycleStage stage) {
        return switch (this) {
            case ACTIVE_ONLY -> stage == LifecycleStage.ACTIVE;
            case DELETED_ONLY -> stage == LifecycleStage.DELETED;
            case ALL -> true;
        };
    }

    /** Reads MLflow's view type names; null or empty is {@link #ACTIVE_ONLY}. */
    public static ViewType of(String name) {
        if (name == null || name.isEmpty()) {
            return ACTIVE_ONLY;
        }
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("Unknown view type '" + name + "': use ACTIVE_ONLY, DELETED_ONLY or ALL.");
        }
    }
}
