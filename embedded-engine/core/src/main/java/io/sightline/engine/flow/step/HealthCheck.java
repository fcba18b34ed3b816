package io.sightline.engine.flow.step;

import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.GateMeasure;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Enables the endpoint with health checks: the deployment must be live, and {@code rows} rows of the version's
 * training data sent one by one through the path its callers use (its policy, limits and log) must all be
 * answered, with their 95th-percentile latency within {@code p95Millis}.
 */
final class HealthCheck implements StepAction {
    private final EngineParts parts;

    HealthCheck(EngineParts parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "health-check";
    }

    @Override
    public StepResult run(StepInput input) {
        String deployment = parts.requireDeployment(input);
        Deployment served = parts.deployments().deployment(deployment);
        List<Map<String, String>> rows = SampleRows.of(parts, input).rows();
        double[] millis = new double[rows.size()];
        int failed = 0;
        for (int i = 0; i < rows.size(); i++) {
            long start = System.nanoTime();
            try {
                parts.predictions().predict(deployment, rows.get(i));
            } catch (PlatformException e) {
                failed++;
            }
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double p95 = millis.length == 0 ? Double.NaN : millis[Math.max(0, (int) Math.ceil(0.95 * millis.length) - 1)];
        double errorRate = rows.isEmpty() ? 1 : (double) failed / rows.size();
        return StepResult.judged(List.of(
                GateMeasure.judge("live (1 = yes)", served.state() == DeploymentState.LIVE ? 1 : 0,
                        Comparison.GREATER_OR_EQUAL, 1),
                GateMeasure.judge("health-check error rate", errorRate, Comparison.LESS_OR_EQUAL, 0),
                GateMeasure.judge("health-check p95 latency (ms)", p95, Comparison.LESS_OR_EQUAL, input.number("p95Millis"))),
                Map.of("rows", String.valueOf(rows.size()), "failed", String.valueOf(failed)));
    }
}
