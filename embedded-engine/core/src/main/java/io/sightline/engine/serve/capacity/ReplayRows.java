package io.sightline.engine.serve.capacity;

import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Predictions;
import io.sightline.engine.api.Registry;
import io.sightline.engine.data.Column;
import io.sightline.engine.data.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rows a load test replays, so that its load looks like the deployment's traffic and its drift figures are
 * not diluted: the deployment's recent logged inputs (answered, not a shadow's); when it has none yet, rows of
 * its model's training data, spread over the whole file; when neither is there, the test is refused.
 */
final class ReplayRows {
    /** The most rows replayed in turn. */
    static final int LIMIT = 300;

    private final Predictions predictions;
    private final Registry registry;
    private final Function<ModelRef, Table> trainingData;

    ReplayRows(Predictions predictions, Registry registry, Function<ModelRef, Table> trainingData) {
        this.predictions = predictions;
        this.registry = registry;
        this.trainingData = trainingData;
    }

    List<Map<String, String>> of(Deployment deployment) {
        List<Map<String, String>> logged = predictions.recentPredictions(deployment.name(), LIMIT).stream()
                .map(LoggedPrediction::inputs).filter(inputs -> !inputs.isEmpty()).toList();
        if (!logged.isEmpty()) {
            return logged;
        }
        Table table;
        try {
            table = trainingData.apply(deployment.ref());
        } catch (PlatformException e) {
            throw PlatformException.invalid("'" + deployment.name() + "' has no logged predictions to replay, and the"
                    + " training data of version " + deployment.version() + " of '" + deployment.model() + "' cannot"
                    + " be read (" + e.getMessage() + "). Score a few rows through it first, then start the test.");
        }
        if (table.rowCount() == 0) {
            throw PlatformException.invalid("'" + deployment.name() + "' has no logged predictions to replay and its"
                    + " model's training data has no rows. Score a few rows through it first, then start the test.");
        }
        return spread(table, inputs(deployment.ref()));
    }

    private List<String> inputs(ModelRef ref) {
        return registry.modelVersion(ref.model(), ref.version()).schema().inputs().stream().map(FieldSpec::name).toList();
    }

    /** Up to {@link #LIMIT} rows taken evenly across the table (files are often sorted), the inputs only. */
    private static List<Map<String, String>> spread(Table table, List<String> inputs) {
        List<Column> columns = table.columns().stream().filter(column -> inputs.contains(column.name())).toList();
        int count = Math.min(LIMIT, table.rowCount());
        List<Map<String, String>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int index = (int) ((long) i * table.rowCount() / count);
            Map<String, String> row = new LinkedHashMap<>();
            for (Column column : columns) {
                String value = column.value(index);
                row.put(column.name(), value == null ? "" : value);
            }
            rows.add(row);
        }
        return rows;
    }
}
