package io.sightline.engine.train;

import java.util.List;
import java.util.Map;

/**
 * Reaches the package's scoring internals for the benchmarks: the row encoding on its own, and Tribuo's own
 * batched predictions (what the served path ran before tree models were compiled).
 */
public final class ScoringProbe {
    private final TrainedModel model;
    private final EncodingPlan plan;

    public ScoringProbe(TrainedModel model) {
        this.model = model;
        this.plan = model.pipeline().plan();
    }

    /** Whether the model is scored on compiled trees. */
    public boolean compiled() {
        return model.compiled();
    }

    /** Encodes one row as a single-row prediction does; returns a feature so that the work cannot be skipped. */
    public double encode(Map<String, String> row) {
        return plan.encode(row)[0];
    }

    /** Tribuo's predictions of the rows in one batch; returns how many rows were scored. */
    public int tribuoBatch(List<Map<String, String>> rows) {
        double[][] features = new double[rows.size()][];
        for (int i = 0; i < features.length; i++) {
            features[i] = plan.encode(rows.get(i));
        }
        BatchScores scores = model.tribuoScores(features);
        return scores.values() != null ? scores.values().length : scores.predicted().length;
    }
}
