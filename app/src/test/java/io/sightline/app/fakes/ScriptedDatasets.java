package io.sightline.app.fakes;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.DatasetPreview;
import io.sightline.engine.api.Datasets;
import io.sightline.engine.api.TargetAnalysis;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Datasets of which every call fails until a test overrides the ones it scripts. */
public interface ScriptedDatasets extends Datasets {

    @Override
    default DatasetInfo importDataset(String name, Path csvFile) {
        throw Unscripted.call("Datasets", "importDataset");
    }

    @Override
    default List<DatasetInfo> datasets() {
        throw Unscripted.call("Datasets", "datasets");
    }

    @Override
    default DatasetInfo dataset(String datasetId) {
        throw Unscripted.call("Datasets", "dataset");
    }

    @Override
    default DatasetPreview preview(String datasetId, int maxRows) {
        throw Unscripted.call("Datasets", "preview");
    }

    @Override
    default TargetAnalysis analyzeTarget(String datasetId, String target, Map<String, ColumnType> typeOverrides) {
        throw Unscripted.call("Datasets", "analyzeTarget");
    }
}
