package io.sightline.engine.registry.imports;

import io.sightline.engine.api.ImportCheck;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.data.Table;
import io.sightline.engine.train.ModelPrediction;
import io.sightline.engine.train.TrainedModel;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Predictions on rows spread over the dataset are sane: each row gets a class of the dataset, with probabilities
 * between 0 and 1 when there are some, or a finite number.
 */
final class SampleCheck {

    private SampleCheck() {
    }

    static ImportCheck of(TrainedModel model, Table table, int maxRows) {
        int n = Math.min(maxRows, table.rowCount());
        int[] rows = IntStream.range(0, n).map(i -> (int) ((long) i * table.rowCount() / n)).toArray();
        List<ModelPrediction> predictions;
        try {
            predictions = model.predictRows(table, rows);
        } catch (PlatformException | IllegalStateException | IllegalArgumentException e) {
            return ImportCheck.of("sample predictions", false, "failed", n + " of " + n + " sane",
                    "The model could not predict rows of the dataset: " + e.getMessage());
        }
        long sane = predictions.stream().filter(p -> sane(p, model)).count();
        boolean passed = n > 0 && sane == n;
        return ImportCheck.of("sample predictions", passed, sane + " of " + n + " sane", n + " of " + n + " sane",
                passed ? "Predictions on " + n + " rows of the dataset look sane."
                        : (n - sane) + " of " + n + " predictions on rows of the dataset were not a class of the"
                                + " dataset, a probability outside 0..1 or a number at all.");
    }

    private static boolean sane(ModelPrediction prediction, TrainedModel model) {
        if (!model.schema().task().isClassification()) {
            return prediction.value() != null && Double.isFinite(prediction.value());
        }
        return prediction.label() != null && model.schema().labels().contains(prediction.label())
                && prediction.probabilities().values().stream().allMatch(p -> p >= 0 && p <= 1);
    }
}
