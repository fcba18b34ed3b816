package io.sightline.app;

import java.util.List;
import javafx.application.Application;

/**
 * The console's main class. It does not extend {@link Application}, so that JavaFX can be loaded from the
 * class path (the javafx plugin's module path would drop XGBoost).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (LaunchOptions.wantsHelp(List.of(args))) {
            System.out.println(LaunchOptions.USAGE);
            return;
        }
        try {
            LaunchOptions.parse(List.of(args));
        } catch (IllegalArgumentException badArguments) {
            System.err.println(badArguments.getMessage());
            System.exit(2);
        }
        Application.launch(SightlineApp.class, args);
    }
}
