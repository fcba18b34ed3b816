package io.sightline.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** The rows of a sample without quoted cells, every column but the last (the target). */
    public static List<Map<String, String>> readRows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        String[] header = lines.get(0).split(",");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length - 1; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }
}
