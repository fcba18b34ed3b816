package io.sightline.engine.monitor.drift;

import io.sightline.engine.api.Task;
import io.sightline.engine.data.Numbers;
import io.sightline.engine.serve.FileScorer;
import io.sightline.engine.train.ModelPrediction;
import io.sightline.engine.train.TrainedModel;
import java.util.List;

/**
 * What is compared when a model's predictions drift, read the same way from the model's predictions on the
 * reference and from the prediction log: the predicted number for regression; for a yes/no model that gives
 * probabilities, the probability of its positive label (the predicted label's probability, or one minus it);
 * otherwise the predicted label.
 */
final class PredictionColumn {
    private final Kind kind;
    private final String positiveLabel;

    private enum Kind { VALUE, POSITIVE_PROBABILITY, LABEL }

    private PredictionColumn(Kind kind, String positiveLabel) {
        this.kind = kind;
        this.positiveLabel = positiveLabel;
    }

    /** How {@code model}'s predictions are compared, judging from one of them whether it gives probabilities. */
    static PredictionColumn of(TrainedModel model, ModelPrediction sample) {
        if (model.schema().task() == Task.REGRESSION) {
            return new PredictionColumn(Kind.VALUE, null);
        }
        boolean probabilities = sample != null && !Double.isNaN(sample.confidence());
        if (model.schema().task() == Task.BINARY && probabilities && model.positiveLabel() != null) {
            return new PredictionColumn(Kind.POSITIVE_PROBABILITY, model.positiveLabel());
        }
        return new PredictionColumn(Kind.LABEL, null);
    }

    /** The model's predictions on the reference rows. */
    ColumnSample reference(List<ModelPrediction> predictions) {
        String[] outputs = new String[predictions.size()];
        Double[] confidences = new Double[outputs.length];
        for (int i = 0; i < outputs.length; i++) {
            ModelPrediction p = predictions.get(i);
            // written as the log writes it, so that a regression value is rounded alike on both sides
            outputs[i] = FileScorer.output(p);
            confidences[i] = Double.isNaN(p.confidence()) ? null : p.confidence();
        }
        return current(outputs, confidences);
    }

    /** Logged predictions: the output as logged (label, or the number as text) and its confidence (may be null). */
    ColumnSample current(String[] outputs, Double[] confidences) {
        if (kind == Kind.LABEL) {
            return ColumnSample.Categories.of(DriftDetector.PREDICTION_COLUMN, outputs);
        }
        double[] values = new double[outputs.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = kind == Kind.VALUE ? Numbers.parse(outputs[i]) : positiveProbability(outputs[i], confidences[i]);
        }
        return ColumnSample.Numbers.of(DriftDetector.PREDICTION_COLUMN, values);
    }

    private double positiveProbability(String label, Double confidence) {
        if (label == null || confidence == null) {
            return Double.NaN;
        }
        return label.equals(positiveLabel) ? confidence : 1 - confidence;
    }
}
