package io.sightline.simulator.setup;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * What the bootstrap makes: a history of {@code historyRows} over {@code historyDays} before {@code liveStart},
 * imported as {@code datasetName}, learnt with AutoML ({@code folds}, {@code budget}, {@code seed}) into the
 * registered model {@code modelName}, deployed as {@code deploymentName}. The history file is written under
 * {@code workDirectory} and deleted once imported.
 */
public record BootstrapPlan(
        int historyRows,
        int historyDays,
        Instant liveStart,
        String datasetName,
        String modelName,
        String deploymentName,
        int folds,
        Duration budget,
        long seed,
        Path workDirectory) {
}
