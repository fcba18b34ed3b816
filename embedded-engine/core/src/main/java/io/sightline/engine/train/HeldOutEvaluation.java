package io.sightline.engine.train;

import io.sightline.engine.api.Evaluation;
import io.sightline.engine.api.Task;
import io.sightline.engine.data.Table;

/**
 * Scores models on the rows AutoML held out when it trained on a table with a seed, so that two versions can be
 * compared on the same data that neither of the candidate's models saw.
 */
public final class HeldOutEvaluation {
    private final Table table;
    private final TrainingTarget target;
    private final int[] rows;

    /** The rows held out of {@code table} when a model was trained on it for {@code target} with {@code seed}. */
    public HeldOutEvaluation(Table table, String target, Task task, long seed) {
        this.table = table;
        this.target = TrainingTarget.of(table, target, task);
        int[] labelled = this.target.labelledRows();
        this.rows = CrossValidation.holdout(labelled, this.target.classification() ? this.target.classesOf(labelled)
                : null, AutoMlConfig.defaults().testFraction(), seed).validation();
    }

    public int rows() {
        return rows.length;
    }

    public Evaluation evaluate(TrainedModel model) {
        return ModelEvaluator.evaluate(model, table, rows, target);
    }

    /** The metric AutoML ranks by for {@code task}: AUC, accuracy or RMSE. */
    public static String primaryMetric(Task task) {
        return ModelEvaluator.primaryMetric(task);
    }

    public static boolean higherIsBetter(String metric) {
        return ModelEvaluator.higherIsBetter(metric);
    }
}
