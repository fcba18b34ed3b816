package io.sightline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.LocalPlatform;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.Outcome;
import io.sightline.simulator.live.LiveFigures;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator drives a real embedded engine end to end for a short run: a small history, AutoML with a tiny
 * budget, a deployment, some hundreds of scored transactions and their outcomes.
 */
class SimulatorOnLocalPlatformTest {
    private static final Duration GENEROUS = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    @Test
    void trainsDeploysScoresAndReportsOutcomesThroughTheInterface() {
        SimulatorConfig config = SimulatorConfig.defaults(dir.resolve("work"))
                .withTraining(1_500, Duration.ofSeconds(2)).withSpeed(100);
        try (LocalPlatform engine = LocalPlatform.open(dir.resolve("engine"))) {
            PlatformTap tap = new PlatformTap(engine);
            try (MarketplaceSimulator simulator = new MarketplaceSimulator(tap.platform, config)) {
                simulator.start();
                awaitLive(simulator);
                // a refusal ends the wait early, so that the assertion below can say why
                Await.until("300 transactions scored and 50 outcomes matched", GENEROUS, () -> {
                    LiveFigures f = simulator.snapshot().figures();
                    return f.scored() >= 300 && (f.outcomesMatched() >= 50 || f.outcomesRefused() != null);
                });
                simulator.pause();
                LiveFigures figures = simulator.snapshot().figures();

                DatasetInfo history = engine.datasets().get(0);
                assertThat(history.name()).isEqualTo("seller-risk-history");
                assertThat(history.rows()).isEqualTo(1_500);
                ModelVersion model = engine.modelVersion("seller-risk", 1);
                assertThat(model.schema().inputs()).extracting(FieldSpec::name)
                        .contains("amount", "buyer_refund_rate").doesNotContain("transaction_id", "seller_id", "chargeback");
                assertThat(engine.deployment("seller-risk").ref()).isEqualTo(model.ref());

                engine.flushPredictionLog(GENEROUS);
                List<LoggedPrediction> logged = engine.recentPredictions("seller-risk", 10_000);
                assertThat(logged).hasSizeGreaterThanOrEqualTo((int) figures.scored());
                assertThat(logged).allSatisfy(p -> assertThat(p.inputs()).containsKeys("seller_id", "amount", "category"));
                assertThat(figures.failed()).isZero();

                assertThat(figures.outcomesRefused()).as("why the engine refused outcomes").isNull();
                assertThat(figures.outcomesUnreported()).isZero();
                assertThat(figures.outcomesMatched()).isGreaterThanOrEqualTo(50);
                assertEveryOutcomeMatchedItsPrediction(tap.reports);
                assertOutcomesReachedTheLog(tap.accepted(), engine.recentPredictions("seller-risk", 10_000));
            }
        }
    }

    /** Each outcome the simulator sends is for a transaction the deployment scored: the engine matches them all. */
    private static void assertEveryOutcomeMatchedItsPrediction(List<PlatformTap.Report> reports) {
        assertThat(reports).isNotEmpty();
        assertThat(reports).allSatisfy(report -> assertThat(report.matched())
                .as("outcomes matched of a batch of %d", report.sent().size()).isEqualTo(report.sent().size()));
        assertThat(reports.stream().mapToInt(PlatformTap.Report::matched).sum()).isGreaterThanOrEqualTo(50);
    }

    private static void assertOutcomesReachedTheLog(List<Outcome> accepted, List<LoggedPrediction> logged) {
        Map<String, String> labels = accepted.stream()
                .collect(Collectors.toMap(Outcome::predictionId, Outcome::actualLabel, (a, b) -> b));
        List<LoggedPrediction> labelled = logged.stream().filter(p -> labels.containsKey(p.predictionId())).toList();
        assertThat(labelled).hasSizeGreaterThanOrEqualTo(50);
        assertThat(labelled).allSatisfy(p -> assertThat(p.actualLabel()).isEqualTo(labels.get(p.predictionId())));
    }

    @Test
    void aSecondRunOnTheSamePlatformUsesTheDeploymentItFinds() {
        SimulatorConfig config = SimulatorConfig.defaults(dir.resolve("work"))
                .withTraining(1_000, Duration.ofSeconds(1)).withSpeed(100);
        try (LocalPlatform engine = LocalPlatform.open(dir.resolve("engine"))) {
            try (MarketplaceSimulator first = new MarketplaceSimulator(engine, config)) {
                first.start();
                awaitLive(first);
            }
            try (MarketplaceSimulator second = new MarketplaceSimulator(engine, config)) {
                second.start();
                awaitLive(second);
                Await.until("scoring on the found deployment", GENEROUS, () -> second.snapshot().figures().scored() >= 50);
            }
            assertThat(engine.trainingJobs()).hasSize(1);
            assertThat(engine.datasets()).hasSize(1);
        }
    }

    private static void awaitLive(MarketplaceSimulator simulator) {
        Await.until("the simulator live", GENEROUS, () -> simulator.snapshot().phase() == SimulatorPhase.LIVE
                || simulator.snapshot().phase() == SimulatorPhase.FAILED);
        assertThat(simulator.snapshot().phase()).as(simulator.snapshot().message()).isEqualTo(SimulatorPhase.LIVE);
    }
}
