package io.sightline.engine.monitor;

import io.sightline.engine.api.ColumnProfile;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.Task;
import io.sightline.engine.data.DatasetCatalog;
import io.sightline.engine.registry.ModelRegistry;
import io.sightline.engine.store.Database;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a model version's scores lie: probabilities for a yes/no model, the target's range in the training data
 * for a number, none for a choice among several categories.
 */
public final class ScoreRanges implements Function<ModelRef, ScoreRange> {
    private static final Logger LOG = LoggerFactory.getLogger(ScoreRanges.class);

    private final Database database;
    private final ModelRegistry registry;
    private final DatasetCatalog catalog;

    public ScoreRanges(Database database, ModelRegistry registry, DatasetCatalog catalog) {
        this.database = database;
        this.registry = registry;
        this.catalog = catalog;
    }

    @Override
    public ScoreRange apply(ModelRef ref) {
        try {
            ModelVersion version = database.read(c -> registry.version(c, ref.model(), ref.version()));
            Task task = version.schema().task();
            if (task == Task.BINARY) {
                return ScoreRange.PROBABILITY;
            }
            if (task != Task.REGRESSION || version.datasetId() == null) {
                return null;
            }
            ColumnProfile target = database.read(c -> catalog.get(c, version.datasetId()))
                    .column(version.schema().target());
            return target.min() == null || target.max() == null ? null : new ScoreRange(target.min(), target.max());
        } catch (RuntimeException e) {
            LOG.warn("Could not tell where the scores of {} lie; its traffic is counted without them", ref, e);
            return null;
        }
    }
}
