package io.sightline.engine.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PredictionResult;
import io.sightline.engine.api.ScoreFileResult;
import java.util.concurrent.TimeUnit;

/**
 * Predictions per deployment and model version: {@code sightline_predictions_seconds} (count and model
 * latency histogram) for single rows, {@code sightline_scored_rows_total} for rows scored in files. Other
 * route groups that serve predictions record them here too.
 */
public final class PredictionMetrics {
    private final MeterRegistry registry;

    public PredictionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void predicted(PredictionResult result) {
        predicted(result.deployment(), result.model(), result.latencyMicros());
    }

    public void predicted(String deployment, ModelRef model, double latencyMicros) {
        Timer.builder("sightline.predictions")
                .description("Single-row predictions and the model's time per row")
                .tags("deployment", deployment, "model", model.model(), "version", String.valueOf(model.version()))
                .publishPercentileHistogram()
                .register(registry)
                .record((long) (latencyMicros * 1_000.0), TimeUnit.NANOSECONDS);
    }

    public void scored(ScoreFileResult result) {
        Counter.builder("sightline.scored.rows")
                .description("Rows scored in uploaded files")
                .tags("deployment", result.deployment(), "model", result.model().model(),
                        "version", String.valueOf(result.model().version()))
                .register(registry)
                .increment(result.rows());
    }
}
