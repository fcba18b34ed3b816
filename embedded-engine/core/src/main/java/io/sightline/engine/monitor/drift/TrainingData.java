package io.sightline.engine.monitor.drift;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.data.CsvImporter;
import io.sightline.engine.data.DatasetCatalog;
import io.sightline.engine.data.Table;
import io.sightline.engine.registry.ArtifactStore;
import io.sightline.engine.registry.ModelRegistry;
import io.sightline.engine.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The training data of a model version, read again from the stored dataset it was trained on (the registry
 * keeps which), with the column types the model was trained with.
 */
public final class TrainingData {
    private final Database database;
    private final DatasetCatalog catalog;
    private final ModelRegistry registry;
    private final CsvImporter importer;
    private final ArtifactStore datasetFiles;

    public TrainingData(Database database, DatasetCatalog catalog, ModelRegistry registry, CsvImporter importer,
                        ArtifactStore datasetFiles) {
        this.database = database;
        this.catalog = catalog;
        this.registry = registry;
        this.importer = importer;
        this.datasetFiles = datasetFiles;
    }

    public Table table(ModelRef ref) {
        ModelVersion version = database.read(c -> registry.version(c, ref.model(), ref.version()));
        DatasetInfo dataset = database.read(c -> catalog.get(c, version.datasetId()));
        Path file = datasetFiles.fetch(dataset.sha256()); // from the shared store when another node imported it
        if (!Files.isRegularFile(file)) {
            throw new PlatformException(ErrorCode.UNAVAILABLE, "The training data of " + ref + " (dataset '"
                    + dataset.name() + "') is no longer in the data folder, and drift and explanations compare "
                    + "with it. Restore the folder's datasets directory from a backup.");
        }
        Map<String, ColumnType> types = new HashMap<>();
        for (FieldSpec input : version.schema().inputs()) {
            types.put(input.name(), input.type());
        }
        return importer.readTable(file, types);
    }
}
