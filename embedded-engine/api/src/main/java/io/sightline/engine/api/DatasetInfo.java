package io.sightline.engine.api;

import java.time.Instant;
import java.util.List;

/**
 * An imported dataset. Its bytes are stored content-addressed: {@code sha256} names exactly the file a run
 * was trained on. {@code defaultTarget} is the last column unless the user chose another.
 */
public record DatasetInfo(
        String id,
        String name,
        String sha256,
        long rows,
        long sizeBytes,
        List<ColumnProfile> columns,
        String defaultTarget,
        List<DataIssue> issues,
        Instant importedAt) {

    public DatasetInfo {
        columns = List.copyOf(columns);
        issues = List.copyOf(issues);
    }

    public ColumnProfile column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> PlatformException.notFound("column", name));
    }
}
