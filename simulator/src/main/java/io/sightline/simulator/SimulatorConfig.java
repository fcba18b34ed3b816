package io.sightline.simulator;

import io.sightline.simulator.live.LiveSettings;
import io.sightline.simulator.live.SimulatedClock;
import io.sightline.simulator.stream.TransactionStream;
import io.sightline.simulator.world.SellerPopulation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Everything that defines a simulation: the seed and the size of the world, the history the first model learns
 * from, its training (folds, budget), the names it is registered and served under, the live traffic (rate per
 * simulated second, start instant, initial speed, callers) and whether to install the alert rules.
 */
public record SimulatorConfig(
        long seed,
        int sellers,
        int historyRows,
        int historyDays,
        int folds,
        Duration trainingBudget,
        String datasetName,
        String modelName,
        String deploymentName,
        double ratePerSecond,
        Instant worldStart,
        double speed,
        LiveSettings live,
        boolean installAlertRules,
        Path workDirectory) {

    public static final long DEFAULT_SEED = 20_261_116L;
    public static final String DEPLOYMENT = "seller-risk";
    /** A Monday morning: the history covers the two weeks before it. */
    public static final Instant WORLD_START = Instant.parse("2026-11-16T08:00:00Z");

    public SimulatorConfig {
        if (historyRows < 100 || historyDays < 1) {
            throw new IllegalArgumentException("The history needs at least 100 rows over at least a day.");
        }
        if (trainingBudget == null || trainingBudget.isZero() || trainingBudget.isNegative()) {
            throw new IllegalArgumentException("The training budget must be positive.");
        }
        if (speed < SimulatedClock.MIN_SPEED || speed > SimulatedClock.MAX_SPEED) {
            throw new IllegalArgumentException("The speed must be between 1× and 100× (got " + speed + ").");
        }
    }

    /**
     * The demonstration's world: 1,500 sellers, 8,000 transactions of history over 14 days, 3-fold AutoML with
     * a 20 s budget, two transactions per simulated second at 10× real time, alert rules installed.
     */
    public static SimulatorConfig defaults(Path workDirectory) {
        return new SimulatorConfig(DEFAULT_SEED, SellerPopulation.DEFAULT_SELLERS, 8_000, 14, 3, Duration.ofSeconds(20),
                "seller-risk-history", "seller-risk", DEPLOYMENT, TransactionStream.DEFAULT_RATE, WORLD_START, 10,
                LiveSettings.DEFAULTS, true, workDirectory);
    }

    public SimulatorConfig withSeed(long newSeed) {
        return new SimulatorConfig(newSeed, sellers, historyRows, historyDays, folds, trainingBudget, datasetName,
                modelName, deploymentName, ratePerSecond, worldStart, speed, live, installAlertRules, workDirectory);
    }

    public SimulatorConfig withTraining(int rows, Duration budget) {
        return new SimulatorConfig(seed, sellers, rows, historyDays, folds, budget, datasetName, modelName,
                deploymentName, ratePerSecond, worldStart, speed, live, installAlertRules, workDirectory);
    }

    public SimulatorConfig withSpeed(double newSpeed) {
        return new SimulatorConfig(seed, sellers, historyRows, historyDays, folds, trainingBudget, datasetName,
                modelName, deploymentName, ratePerSecond, worldStart, newSpeed, live, installAlertRules, workDirectory);
    }

    public SimulatorConfig withLive(LiveSettings settings) {
        return new SimulatorConfig(seed, sellers, historyRows, historyDays, folds, trainingBudget, datasetName,
                modelName, deploymentName, ratePerSecond, worldStart, speed, settings, installAlertRules, workDirectory);
    }
}
