package io.sightline.engine.flow.step;

import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.GateMeasure;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import io.sightline.engine.train.TrainedModel;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The prediction-latency objective: scores up to {@code rows} rows of the version's training data one at a time in
 * this process, as single requests are served, and holds the 95th percentile to {@code p95Millis}.
 */
final class LatencyGate implements StepAction {
    private final EngineParts parts;

    LatencyGate(EngineParts parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "latency-slo";
    }

    @Override
    public StepResult run(StepInput input) {
        SampleRows sample = SampleRows.of(parts, input);
        ModelVersion version = sample.version();
        TrainedModel model = sample.model();
        List<Map<String, String>> rows = sample.rows();
        double[] millis = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            long start = System.nanoTime();
            model.predict(rows.get(i));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double p95 = millis.length == 0 ? Double.NaN : millis[(int) Math.ceil(0.95 * millis.length) - 1];
        return StepResult.judged(List.of(GateMeasure.judge("p95 latency (ms)", p95, Comparison.LESS_OR_EQUAL,
                input.number("p95Millis"))), Map.of("rowsScored", String.valueOf(rows.size())));
    }
}
