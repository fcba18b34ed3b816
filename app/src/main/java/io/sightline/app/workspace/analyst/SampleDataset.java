package io.sightline.app.workspace.analyst;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The sample a newcomer can try without a file of their own: the German credit data shipped in the assets
 * (1,000 loan applications, each judged a good or bad credit risk), copied to a file so it imports like any other.
 */
public final class SampleDataset {
    public static final String TITLE = "1,000 loan applications (German credit data)";
    private static final String RESOURCE = "/io/sightline/assets/datasets/credit-g.csv";

    private SampleDataset() {
    }

    /** Copies the sample into a new temporary folder and returns the file. */
    public static Path copyToTemporaryFile() {
        try (InputStream in = SampleDataset.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sample data " + RESOURCE + " is missing from the class path.");
            }
            Path csv = Files.createTempDirectory("sightline-sample").resolve("credit-g.csv");
            Files.copy(in, csv, StandardCopyOption.REPLACE_EXISTING);
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
