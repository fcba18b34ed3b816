package io.sightline.engine.api;

import java.util.List;
import java.util.Map;

/**
 * Metrics of a model on data it was not trained on. Classification: "accuracy", "precision", "recall", "f1"
 * (macro averages for multiclass), "auc" when the model gives probabilities; {@code labels} orders the
 * confusion matrix (rows: actual, columns: predicted); {@code roc} is for binary tasks, positive class
 * {@code positiveLabel}. Regression: "rmse", "mae", "r2"; labels, confusion and roc are empty.
 */
public record Evaluation(
        Task task,
        long rows,
        Map<String, Double> metrics,
        List<String> labels,
        String positiveLabel,
        List<List<Long>> confusion,
        List<RocPoint> roc) {

    public Evaluation {
        metrics = Map.copyOf(metrics);
        labels = labels == null ? List.of() : List.copyOf(labels);
        confusion = confusion == null ? List.of() : confusion.stream().map(List::copyOf).toList();
        roc = roc == null ? List.of() : List.copyOf(roc);
    }

    public double metric(String name) {
        Double value = metrics.get(name);
        return value == null ? Double.NaN : value;
    }
}
