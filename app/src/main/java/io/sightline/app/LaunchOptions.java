package io.sightline.app;

import io.sightline.app.shell.ShellPreferences;
import io.sightline.engine.api.TrainingRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How the console was started: the data directory (empty for the engine's default), the training budget,
 * the preferences node, and whether to run the screenshot tour. Arguments win over system properties.
 */
public record LaunchOptions(Optional<Path> dataDirectory, Duration trainingBudget, String preferencesNode,
                            Optional<Path> screenshotTour) {

    public static final String USAGE = """
            Usage: sightline [--data-dir DIR] [--help]

            Starts the Sightline console on the platform it was last connected to (its embedded
            engine the first time; Platform ▸ Manage platforms… adds and switches platforms).

              --data-dir DIR   keep datasets, runs and models in DIR instead of the default data directory
              --help           print this help and exit

            System properties:
              sightline.dataDir=DIR                  same as --data-dir
              sightline.trainingBudgetSeconds=N      time budget of each training in the analyst's wizard
              sightline.prefsNode=PATH               java.util.prefs node for window, theme and persona
              sightline.screenshotTour=DIR           walk the analyst's wizard on credit-g and save PNGs in DIR
            """;

    static boolean wantsHelp(List<String> args) {
        return args.contains("--help") || args.contains("-h");
    }

    /** Reads the command line and the {@code sightline.*} system properties. */
    static LaunchOptions parse(List<String> args) {
        String dataDir = System.getProperty("sightline.dataDir");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--data-dir")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--data-dir needs a directory after it.");
                }
                dataDir = args.get(++i);
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = arg.substring("--data-dir=".length());
            } else {
                throw new IllegalArgumentException("Unknown argument '" + arg + "'.\n\n" + USAGE);
            }
        }
        long budgetSeconds = Long.getLong("sightline.trainingBudgetSeconds",
                TrainingRequest.DEFAULT_BUDGET.toSeconds());
        String tour = System.getProperty("sightline.screenshotTour");
        return new LaunchOptions(
                Optional.ofNullable(dataDir).filter(d -> !d.isBlank()).map(Path::of),
                Duration.ofSeconds(Math.max(1, budgetSeconds)),
                System.getProperty("sightline.prefsNode", ShellPreferences.DEFAULT_NODE),
                Optional.ofNullable(tour).filter(t -> !t.isBlank()).map(Path::of));
    }
}
