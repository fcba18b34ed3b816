package io.sightline.engine.config;

import io.sightline.engine.api.PlatformException;
import java.time.Duration;

/**
 * What a retraining on a deployment's reported outcomes needs.
 *
 * @param shortestWindow  the least history a retraining started by an alert learns from
 * @param minRows         the fewest predictions with outcomes it learns from
 * @param minRowsPerClass for categories, the fewest rows each of at least two classes needs
 */
public record RetrainingConfig(Duration shortestWindow, int minRows, int minRowsPerClass) {
    public static final Duration DEFAULT_SHORTEST_WINDOW = Duration.ofHours(1);
    public static final int DEFAULT_MIN_ROWS = 50;
    public static final int DEFAULT_MIN_ROWS_PER_CLASS = 10;

    public RetrainingConfig {
        Durations.requirePositive(shortestWindow, "The shortest retraining window");
        if (minRows < 2 || minRowsPerClass < 1) {
            throw PlatformException.invalid("A retraining needs at least 2 rows and 1 per class (got " + minRows
                    + " and " + minRowsPerClass + ").");
        }
    }

    public static RetrainingConfig defaults() {
        return new RetrainingConfig(DEFAULT_SHORTEST_WINDOW, DEFAULT_MIN_ROWS, DEFAULT_MIN_ROWS_PER_CLASS);
    }
}
