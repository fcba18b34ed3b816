package io.sightline.engine.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Imported data: CSV files read, profiled and kept, and what training on one of their columns would mean. */
public interface Datasets {

    /** Imports a CSV file; nothing is kept when the file is refused ({@link BadFileException}). */
    DatasetInfo importDataset(String name, Path csvFile);

    List<DatasetInfo> datasets();

    DatasetInfo dataset(String datasetId);

    DatasetPreview preview(String datasetId, int maxRows);

    /** What training on {@code target} would mean, with any column type overrides applied. */
    TargetAnalysis analyzeTarget(String datasetId, String target, Map<String, ColumnType> typeOverrides);
}
