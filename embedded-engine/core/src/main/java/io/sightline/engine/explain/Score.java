package io.sightline.engine.explain;

import io.sightline.engine.api.Task;
import io.sightline.engine.train.ModelPrediction;
import io.sightline.engine.train.TrainedModel;

/**
 * The number an explanation follows, read the same way from every prediction of one explanation: the predicted
 * value for regression; for a yes/no model the probability of its positive label; for other classifiers the
 * probability of the label predicted for the row explained. A classifier without probabilities has no score: it
 * is followed by whether the prediction stays that label (1) or not (0).
 */
record Score(Kind kind, String label, String name) {

    enum Kind { VALUE, PROBABILITY, SAME_LABEL }

    static Score of(TrainedModel model, ModelPrediction explained) {
        if (model.schema().task() == Task.REGRESSION) {
            return new Score(Kind.VALUE, null, "the predicted " + model.schema().target());
        }
        if (explained.probabilities().isEmpty()) {
            return new Score(Kind.SAME_LABEL, explained.label(), "the prediction");
        }
        String label = model.schema().task() == Task.BINARY && model.positiveLabel() != null
                ? model.positiveLabel() : explained.label();
        return new Score(Kind.PROBABILITY, label, "the probability of '" + label + "'");
    }

    double of(ModelPrediction prediction) {
        return switch (kind) {
            case VALUE -> prediction.value();
            case PROBABILITY -> prediction.probabilities().getOrDefault(label, Double.NaN);
            case SAME_LABEL -> label.equals(prediction.label()) ? 1 : 0;
        };
    }

    /** The score shown with the explanation: none for a classifier without probabilities. */
    Double shown(ModelPrediction prediction) {
        return kind == Kind.SAME_LABEL ? null : of(prediction);
    }
}
