package io.sightline.engine.registry;

import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Stage;
import java.util.Locale;

/** Stages as the MLflow registry writes them: None, Staging, Production, Archived. */
public final class StageNames {
    private StageNames() {
    }

    public static String of(Stage stage) {
        String name = stage.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Reads a stage name in any letter case. */
    public static Stage parse(String name) {
        if (name != null) {
            for (Stage stage : Stage.values()) {
                if (stage.name().equalsIgnoreCase(name.strip())) {
                    return stage;
                }
            }
        }
        throw PlatformException.invalid("Invalid model version stage '" + name
                + "': use None, Staging, Production or Archived.");
    }
}
