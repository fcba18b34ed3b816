package io.sightline.engine.audit;

import static io.sightline.engine.audit.AuditTrail.state;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.DatasetPreview;
import io.sightline.engine.api.Datasets;
import io.sightline.engine.api.TargetAnalysis;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Datasets whose imports are recorded in the audit log. */
final class AuditedDatasets implements Datasets {
    private final Datasets datasets;
    private final AuditTrail trail;

    AuditedDatasets(Datasets datasets, AuditTrail trail) {
        this.datasets = datasets;
        this.trail = trail;
    }

    @Override
    public DatasetInfo importDataset(String name, Path csvFile) {
        return trail.record("dataset.import", "dataset " + name, null, null,
                () -> datasets.importDataset(name, csvFile),
                info -> state("id", info.id(), "rows", info.rows(), "sha256", info.sha256()));
    }

    @Override
    public List<DatasetInfo> datasets() {
        return datasets.datasets();
    }

    @Override
    public DatasetInfo dataset(String datasetId) {
        return datasets.dataset(datasetId);
    }

    @Override
    public DatasetPreview preview(String datasetId, int maxRows) {
        return datasets.preview(datasetId, maxRows);
    }

    @Override
    public TargetAnalysis analyzeTarget(String datasetId, String target, Map<String, ColumnType> typeOverrides) {
        return datasets.analyzeTarget(datasetId, target, typeOverrides);
    }
}
