package io.sightline.engine.train;

import io.sightline.engine.api.Evaluation;
import io.sightline.engine.api.Task;
import java.util.LinkedHashMap;
import java.util.Map;

/** Scores number predictions against the truth: RMSE, MAE and R² (against the mean of the rows scored). */
final class RegressionMetrics {
    private RegressionMetrics() {
    }

    static Evaluation evaluate(double[] actual, double[] predicted) {
        int n = actual.length;
        double mean = 0;
        for (double a : actual) {
            mean += a / n;
        }
        double squares = 0;
        double absolute = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double error = actual[i] - predicted[i];
            squares += error * error;
            absolute += Math.abs(error);
            total += (actual[i] - mean) * (actual[i] - mean);
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("rmse", Math.sqrt(squares / n));
        metrics.put("mae", absolute / n);
        metrics.put("r2", total == 0 ? Double.NaN : 1 - squares / total);
        return new Evaluation(Task.REGRESSION, n, metrics, null, null, null, null);
    }
}
