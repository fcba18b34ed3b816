package io.sightline.app;

import io.sightline.app.demo.DemoOptions;
import io.sightline.app.shell.ShellPreferences;
import io.sightline.engine.api.TrainingRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How the console was started: the data directory (empty for the engine's default), the training budget,
 * the preferences node, whether to run the screenshot tour, and the demo's options. Arguments win over system
 * properties.
 */
public record LaunchOptions(Optional<Path> dataDirectory, Duration trainingBudget, String preferencesNode,
                            Optional<Path> screenshotTour, DemoOptions demo) {

    public static final String USAGE = """
            Usage: sightline [--data-dir DIR] [--demo | --no-demo] [--help]

            Starts the Sightline console on the platform it was last connected to (its embedded
            engine the first time; Platform ▸ Manage platforms… adds and switches platforms). On a first
            launch with nothing configured (no data directory named, the demo never left, no datasets in
            the default data directory) it opens the demo: a simulated marketplace on an engine of its own.

              --data-dir DIR   keep datasets, runs and models in DIR instead of the default data directory
              --demo           open the demo whatever is configured
              --no-demo        never open the demo
              --help           print this help and exit

            System properties:
              sightline.dataDir=DIR                  same as --data-dir
              sightline.demo=true|false              same as --demo / --no-demo
              sightline.demoDataDir=DIR              the demo's own data directory (default: beside the data
                                                     directory, named after it with "-demo")
              sightline.demoTrainingBudgetSeconds=N  time budget of the demo's first model (default 20)
              sightline.demoHistoryRows=N            transactions of history it learns from (default 8000)
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
        String demo = System.getProperty("sightline.demo");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--data-dir")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--data-dir needs a directory after it.");
                }
                dataDir = args.get(++i);
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = arg.substring("--data-dir=".length());
            } else if (arg.equals("--demo") || arg.equals("--no-demo")) {
                demo = Boolean.toString(arg.equals("--demo"));
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
                Optional.ofNullable(tour).filter(t -> !t.isBlank()).map(Path::of),
                demoOptions(demo));
    }

    private static DemoOptions demoOptions(String forced) {
        Optional<Boolean> on = Optional.ofNullable(forced).filter(f -> !f.isBlank()).map(f -> {
            if (!f.equalsIgnoreCase("true") && !f.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException("sightline.demo is true or false (got '" + f + "').");
            }
            return Boolean.parseBoolean(f);
        });
        String directory = System.getProperty("sightline.demoDataDir");
        long budget = Long.getLong("sightline.demoTrainingBudgetSeconds", DemoOptions.DEFAULT_BUDGET.toSeconds());
        int rows = Integer.getInteger("sightline.demoHistoryRows", DemoOptions.DEFAULT_HISTORY_ROWS);
        return new DemoOptions(on, Optional.ofNullable(directory).filter(d -> !d.isBlank()).map(Path::of),
                Duration.ofSeconds(Math.max(1, budget)), rows);
    }

    LaunchOptions withDemo(DemoOptions newDemo) {
        return new LaunchOptions(dataDirectory, trainingBudget, preferencesNode, screenshotTour, newDemo);
    }

    LaunchOptions withDataDirectory(Path directory) {
        return new LaunchOptions(Optional.of(directory), trainingBudget, preferencesNode, screenshotTour, demo);
    }
}
