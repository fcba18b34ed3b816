package io.sightline.engine.data;

import io.sightline.engine.api.ColumnProfile;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.DataIssue;
import io.sightline.engine.api.PlatformException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one pass over a CSV file found: the SHA-256 and size of its exact bytes, its number of data rows, its
 * dialect, a profile of every column in file order, what a person should know about the data, and the
 * default target (the last column).
 */
public record ImportResult(
        String sha256,
        long sizeBytes,
        long rows,
        CsvDialect dialect,
        List<ColumnProfile> columns,
        List<DataIssue> issues,
        String defaultTarget) {

    public ImportResult {
        columns = List.copyOf(columns);
        issues = List.copyOf(issues);
    }

    public ColumnProfile column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> PlatformException.notFound("column", name));
    }

    /** The inferred type of every column, in file order. */
    public Map<String, ColumnType> types() {
        Map<String, ColumnType> types = new LinkedHashMap<>();
        columns.forEach(c -> types.put(c.name(), c.type()));
        return types;
    }
}
