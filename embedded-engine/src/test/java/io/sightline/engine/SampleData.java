package io.sightline.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The public sample datasets shipped in the assets module, copied to files for tests. */
public final class SampleData {
    public static final String CREDIT_G = "credit-g.csv";
    public static final String BREAST_CANCER = "breast-cancer-wisconsin.csv";
    public static final String IRIS = "iris.csv";
    public static final String DIABETES = "diabetes-progression.csv";

    private SampleData() {
    }

    /** Copies the named sample into {@code directory} and returns its path. */
    public static Path copyTo(Path directory, String name) {
        try (InputStream in = SampleData.class.getResourceAsStream("/io/sightline/assets/datasets/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample dataset " + name);
            }
            Path target = directory.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
