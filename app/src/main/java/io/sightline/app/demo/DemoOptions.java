package io.sightline.app.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How the demo is launched: forced on or off ({@code --demo}, {@code --no-demo}; empty: decided by
 * {@link DemoLaunch}), its own data directory (empty: beside the user's), and the first model's training budget
 * and history size (smaller in tests).
 */
public record DemoOptions(Optional<Boolean> forced, Optional<Path> directory, Duration trainingBudget, int historyRows) {
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(20);
    public static final int DEFAULT_HISTORY_ROWS = 8_000;

    public DemoOptions {
        if (trainingBudget.isNegative() || trainingBudget.isZero()) {
            throw new IllegalArgumentException("The demo's training budget must be positive.");
        }
        if (historyRows < 100) {
            throw new IllegalArgumentException("The demo's history needs at least 100 rows (got " + historyRows + ").");
        }
    }

    public static DemoOptions decideAtLaunch() {
        return new DemoOptions(Optional.empty(), Optional.empty(), DEFAULT_BUDGET, DEFAULT_HISTORY_ROWS);
    }

    public DemoOptions forced(boolean on) {
        return new DemoOptions(Optional.of(on), directory, trainingBudget, historyRows);
    }
}
