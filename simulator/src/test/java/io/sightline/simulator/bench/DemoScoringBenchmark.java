package io.sightline.simulator.bench;

import io.sightline.engine.LocalPlatform;
import io.sightline.engine.api.ComponentHealth;
import io.sightline.simulator.MarketplaceSimulator;
import io.sightline.simulator.SimulatorConfig;
import io.sightline.simulator.SimulatorPhase;
import io.sightline.simulator.live.LiveFigures;
import io.sightline.simulator.scenario.ScenarioKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Runs the demonstration's world against an embedded engine in a fresh temporary folder and prints transactions
 * scored per second: at 100× with ordinary traffic (about 200 transactions per real second offered), at 100×
 * during a seasonal peak (five times that), and flat out (simulated time running far ahead, so that the
 * bounded queue stays full and the figure is what the engine and the callers can take). Also prints how long
 * the preparation took and, in the paced phases, the callers' round trips (queueing included; flat out they only
 * measure how long the queue is).
 * Not a test: {@code mvn -B -DskipTests -Pdemo-benchmark -pl simulator -am verify [-Dbenchmark.seconds=N]}.
 */
public final class DemoScoringBenchmark {
    private DemoScoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 20;
        Path dir = Files.createTempDirectory("sightline-demo-bench");
        SimulatorConfig config = SimulatorConfig.defaults(dir.resolve("work")).withSpeed(100);
        System.out.printf(Locale.ROOT, "Demo scoring benchmark: embedded engine in %s, %d cores, %d s per phase%n",
                dir, Runtime.getRuntime().availableProcessors(), seconds);
        try (LocalPlatform engine = LocalPlatform.open(dir.resolve("engine"))) {
            try (MarketplaceSimulator simulator = new MarketplaceSimulator(engine, config)) {
                long start = System.nanoTime();
                simulator.start();
                awaitLive(simulator);
                System.out.printf(Locale.ROOT, "ready after %.1f s: %,d history rows, AutoML (%d folds, %d s budget), %s%n",
                        (System.nanoTime() - start) / 1e9, config.historyRows(), config.folds(),
                        config.trainingBudget().toSeconds(), simulator.snapshot().message());
                System.out.printf(Locale.ROOT, "%-28s %13s %12s %14s %10s %8s%n", "phase", "offered tx/s",
                        "scored tx/s", "round trip p50", "p99 ms", "failed");
                measure("100x, ordinary traffic", simulator, seconds, true);
                printScoringHealth(engine);
                simulator.trigger(ScenarioKind.SEASONAL_PEAK);
                measure("100x, seasonal peak (x5)", simulator, seconds, true);
                printScoringHealth(engine);
            }
            // Real time read a thousand times faster: the world offers far more than any platform can take.
            try (MarketplaceSimulator flatOut = new MarketplaceSimulator(engine, config, () -> System.nanoTime() * 1000)) {
                flatOut.start();
                awaitLive(flatOut);
                measure("flat out (queue full)", flatOut, seconds, false);
                printScoringHealth(engine);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void measure(String phase, MarketplaceSimulator simulator, long seconds, boolean paced)
            throws InterruptedException {
        Thread.sleep(2_000); // let the phase settle
        LiveFigures before = simulator.snapshot().figures();
        long start = System.nanoTime();
        Thread.sleep(seconds * 1_000);
        LiveFigures after = simulator.snapshot().figures();
        double elapsed = (System.nanoTime() - start) / 1e9;
        String roundTrips = paced ? String.format(Locale.ROOT, "%11.2f ms %10.2f", after.roundTripP50Millis(),
                after.roundTripP99Millis()) : String.format(Locale.ROOT, "%14s %10s", "-", "-");
        System.out.printf(Locale.ROOT, "%-28s %13.0f %12.0f %s %8d%n", phase,
                (after.released() - before.released()) / elapsed, (after.scored() - before.scored()) / elapsed,
                roundTrips, after.failed() - before.failed());
    }

    /** What the engine says of its scoring after a phase: whether its prediction log keeps up. */
    private static void printScoringHealth(LocalPlatform engine) {
        engine.health().components().stream().filter(c -> c.component().equals("scoring"))
                .map(ComponentHealth::detail).forEach(d -> System.out.println("    engine scoring: " + d));
    }

    private static void awaitLive(MarketplaceSimulator simulator) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (simulator.snapshot().phase() != SimulatorPhase.LIVE) {
            if (simulator.snapshot().phase() == SimulatorPhase.FAILED || System.nanoTime() > deadline) {
                throw new IllegalStateException(simulator.snapshot().message());
            }
            Thread.sleep(200);
        }
    }
}
