package io.sightline.engine.flow.step;

import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.GateMeasure;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import java.util.List;
import java.util.Map;

/**
 * Holds a metric of the version's held-out evaluation to a threshold: at least {@code minimum}, or at most
 * {@code maximum} for errors such as RMSE.
 */
final class MetricGate implements StepAction {
    private final EngineParts parts;

    MetricGate(EngineParts parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "metric-threshold";
    }

    @Override
    public StepResult run(StepInput input) {
        ModelVersion version = parts.candidate(input);
        String metric = input.parameter("metric");
        Double value = version.metrics().getOrDefault("test_" + metric, version.metrics().get(metric));
        if (value == null) {
            throw PlatformException.invalid(version.ref() + " has no '" + metric + "' measured on held-out rows; it"
                    + " has " + version.metrics().keySet().stream().sorted().toList() + ".");
        }
        boolean atMost = input.parameters().containsKey("maximum");
        GateMeasure measure = atMost
                ? GateMeasure.judge(metric, value, Comparison.LESS_OR_EQUAL, input.number("maximum"))
                : GateMeasure.judge(metric, value, Comparison.GREATER_OR_EQUAL, input.number("minimum"));
        return StepResult.judged(List.of(measure), Map.of(metric, String.valueOf(value)));
    }
}
