package io.sightline.engine.api;

import java.util.List;

/** The first rows of a dataset as they were in the file; missing cells are empty strings. */
public record DatasetPreview(List<String> columns, List<List<String>> rows) {
    public DatasetPreview {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
