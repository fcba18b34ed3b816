package io.sightline.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The demo's own data directory, so that simulated data never mixes with the user's: by default beside the
 * user's data directory, with "-demo" added to its name. A marker file says the directory is the demo's; a
 * directory without it is never wiped.
 */
public final class DemoDirectory {
    static final String MARKER = ".sightline-demo";

    private final Path path;

    public DemoDirectory(Path path) {
        this.path = path.toAbsolutePath();
    }

    /** The demo directory for these options, beside {@code userDataDirectory} unless they name one. */
    public static DemoDirectory of(DemoOptions options, Path userDataDirectory) {
        Path user = userDataDirectory.toAbsolutePath();
        return new DemoDirectory(options.directory().orElseGet(() -> user.resolveSibling(user.getFileName() + "-demo")));
    }

    public Path path() {
        return path;
    }

    /** Creates the directory with its marker. */
    public Path prepare() {
        try {
            Files.createDirectories(path);
            Path marker = path.resolve(MARKER);
            if (!Files.exists(marker)) {
                if (!isEmpty()) {
                    throw new IllegalStateException("The demo would use " + path + ", which already holds other files."
                            + " Move them, or name another folder with -Dsightline.demoDataDir=DIR.");
                }
                Files.writeString(marker, "This folder holds Sightline's simulated demo data; resetting the demo"
                        + " deletes it.\n");
            }
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the demo's data folder " + path + ": " + e.getMessage(), e);
        }
    }

    /** Deletes everything in the directory, which must be the demo's (marked); a missing directory is fine. */
    public void wipe() {
        if (!Files.exists(path)) {
            return;
        }
        if (!Files.exists(path.resolve(MARKER))) {
            throw new IllegalStateException("Not wiping " + path + ": it is not marked as the demo's data folder.");
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not wipe the demo's data folder " + path + ": " + e.getMessage(), e);
        }
    }

    private boolean isEmpty() throws IOException {
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        }
    }
}
