package io.sightline.engine.data;

import io.sightline.engine.api.ArgumentRules;
import io.sightline.engine.api.Names;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.DataIssue;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.DatasetPreview;
import io.sightline.engine.api.Datasets;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.TargetAnalysis;
import io.sightline.engine.registry.ArtifactStore;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.EventLog;
import io.sightline.engine.store.Ids;
import io.sightline.engine.store.Timestamps;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Datasets in this engine: a CSV file is inspected, its bytes kept content-addressed, its profile recorded in
 * the catalog, and its import announced; nothing is kept of a file that is refused.
 */
public final class LocalDatasets implements Datasets {
    private final Database database;
    private final EventLog events;
    private final CsvImporter importer;
    private final DatasetCatalog catalog;
    private final ArtifactStore files;
    private final TargetAnalyzer targetAnalyzer = new TargetAnalyzer();

    public LocalDatasets(Database database, EventLog events, CsvImporter importer, DatasetCatalog catalog,
                         ArtifactStore files) {
        this.database = database;
        this.events = events;
        this.importer = importer;
        this.catalog = catalog;
        this.files = files;
    }

    @Override
    public DatasetInfo importDataset(String name, Path csvFile) {
        ArgumentRules.existingFile(csvFile);
        String datasetName = Names.requireName("dataset", datasetName(name, csvFile));
        ImportResult inspected = importer.inspect(csvFile);
        files.putFile(csvFile, inspected.sha256());
        DatasetInfo dataset = new DatasetInfo(Ids.newId("ds"), datasetName, inspected.sha256(),
                inspected.rows(), inspected.sizeBytes(), inspected.columns(), inspected.defaultTarget(),
                inspected.issues(), Timestamps.now());
        try {
            database.inTransaction(c -> {
                catalog.insert(c, dataset);
                return null;
            });
        } catch (RuntimeException e) {
            // Do not leave stored bytes behind that no dataset refers to.
            if (database.read(c -> catalog.countBySha(c, inspected.sha256())) == 0) {
                files.delete(inspected.sha256());
            }
            throw e;
        }
        events.publish(new PlatformEvent.DatasetImported(0, Timestamps.now(), dataset.id(), dataset.name(), dataset.rows()));
        return dataset;
    }

    private static String datasetName(String name, Path file) {
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    @Override
    public List<DatasetInfo> datasets() {
        return database.read(catalog::list);
    }

    @Override
    public DatasetInfo dataset(String datasetId) {
        return database.read(c -> catalog.get(c, datasetId));
    }

    @Override
    public DatasetPreview preview(String datasetId, int maxRows) {
        DatasetInfo dataset = dataset(datasetId);
        return importer.preview(files.fetch(dataset.sha256()), ArgumentRules.previewRows(maxRows));
    }

    /** What training on {@code target} would mean; a file too large to train on in this runtime is a blocker. */
    @Override
    public TargetAnalysis analyzeTarget(String datasetId, String target, Map<String, ColumnType> typeOverrides) {
        DatasetInfo dataset = dataset(datasetId);
        TargetAnalysis analysis = targetAnalyzer.analyze(dataset.columns(), dataset.rows(), target,
                typeOverrides == null ? Map.of() : typeOverrides);
        return importer.tooLargeToTrain(dataset.sizeBytes())
                .map(message -> withProblem(analysis, DataIssue.blocker(null, message)))
                .orElse(analysis);
    }

    private static TargetAnalysis withProblem(TargetAnalysis analysis, DataIssue problem) {
        List<DataIssue> problems = new ArrayList<>(analysis.problems());
        problems.add(problem);
        return new TargetAnalysis(analysis.target(), analysis.task(), analysis.classes(), problems);
    }
}
