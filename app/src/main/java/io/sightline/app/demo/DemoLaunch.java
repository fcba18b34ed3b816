package io.sightline.app.demo;

import io.sightline.engine.api.Platform;
import io.sightline.engine.api.PlatformException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Whether the console opens the demo, and opening it. {@code --demo} and {@code --no-demo} decide outright.
 * Otherwise the demo opens only when nothing is configured: no data directory was named (by {@code --data-dir}
 * or {@code sightline.dataDir}), the user has never left the demo, and the user's own embedded data directory
 * holds no datasets.
 */
public final class DemoLaunch {
    private DemoLaunch() {
    }

    public static boolean wanted(DemoOptions options, boolean dataDirectoryNamed, DemoPreferences preferences,
                                 BooleanSupplier userHasDatasets) {
        if (options.forced().isPresent()) {
            return options.forced().get();
        }
        return !dataDirectoryNamed && !preferences.left() && !userHasDatasets.getAsBoolean();
    }

    /**
     * Opens the demo when it is wanted: its directory prepared, an engine opened on it with {@code engines}, the
     * simulator ready to start. Empty when the console should open the user's own engine instead.
     */
    public static Optional<DemoMode> openIfWanted(DemoOptions options, boolean dataDirectoryNamed,
                                                  DemoPreferences preferences, Path userDataDirectory,
                                                  Function<Path, Platform> engines, DemoExits exits,
                                                  Executor uiThread) {
        if (!wanted(options, dataDirectoryNamed, preferences, () -> holdsDatasets(userDataDirectory, engines))) {
            return Optional.empty();
        }
        DemoDirectory directory = DemoDirectory.of(options, userDataDirectory);
        Path root = directory.prepare();
        Platform platform = engines.apply(root.resolve("engine"));
        return Optional.of(new DemoMode(platform, directory, options, root.resolve("work"), exits, uiThread));
    }

    /**
     * Whether the user's data directory holds datasets. A folder that does not exist or is empty holds none; one
     * that cannot be opened (another console has it) is taken to hold the user's work.
     */
    static boolean holdsDatasets(Path userDataDirectory, Function<Path, Platform> engines) {
        if (!Files.isDirectory(userDataDirectory) || isEmpty(userDataDirectory)) {
            return false;
        }
        try (Platform own = engines.apply(userDataDirectory)) {
            return !own.datasets().isEmpty();
        } catch (PlatformException cannotTell) {
            return true;
        }
    }

    private static boolean isEmpty(Path directory) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the data folder " + directory + ": " + e.getMessage(), e);
        }
    }
}
