package io.sightline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.LocalPlatform;
import io.sightline.engine.config.AlertConfig;
import io.sightline.engine.config.EngineConfig;
import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertState;
import io.sightline.engine.api.DriftReport;
import io.sightline.engine.api.FeatureDrift;
import io.sightline.simulator.live.LiveFigures;
import io.sightline.simulator.scenario.ScenarioKind;
import io.sightline.simulator.world.Columns;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The upstream data bug, end to end on a real engine: the simulator's world trains and deploys its model,
 * streams orders, and installs the demo's alert rules; once the amounts start arriving in cents, the engine's
 * drift report names {@code amount} as the drifting column and the amount-drift alert fires.
 */
class DataBugScenarioOnEngineTest {
    private static final Duration GENEROUS = Duration.ofMinutes(5);
    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final String AMOUNT_RULE = "seller-risk: amount drift";

    @TempDir
    Path dir;

    @Test
    void amountsInCentsMakeAmountDriftAndFireItsAlert() {
        SimulatorConfig config = SimulatorConfig.defaults(dir.resolve("work"))
                .withTraining(2_000, Duration.ofSeconds(3)).withSpeed(100);
        try (LocalPlatform engine = LocalPlatform.open(EngineConfig.defaults(dir.resolve("engine"))
                     .withAlerts(AlertConfig.defaults().withEvaluationInterval(Duration.ZERO)));
             MarketplaceSimulator simulator = new MarketplaceSimulator(engine, config)) {
            simulator.start();
            Await.until("the simulator live", GENEROUS, () -> simulator.snapshot().phase() == SimulatorPhase.LIVE
                    || simulator.snapshot().phase() == SimulatorPhase.FAILED);
            assertThat(simulator.snapshot().phase()).as(simulator.snapshot().message()).isEqualTo(SimulatorPhase.LIVE);
            assertThat(simulator.snapshot().alertRulesRefused()).isNull();
            awaitScored(simulator, 2_000);
            engine.flushPredictionLog(GENEROUS);

            FeatureDrift before = amount(engine.drift("seller-risk", WINDOW));
            assertThat(before.drifted()).as("amount before the bug: %s", before).isFalse();
            assertThat(firing(engine.evaluateAlerts())).as("no amount alert before the bug").isEmpty();

            simulator.trigger(ScenarioKind.DATA_BUG_AMOUNT_IN_CENTS);
            long atBug = simulator.snapshot().figures().scored();
            awaitScored(simulator, atBug + 1_000);
            simulator.pause();
            engine.flushPredictionLog(GENEROUS);

            DriftReport report = engine.drift("seller-risk", WINDOW);
            FeatureDrift after = amount(report);
            assertThat(after.drifted()).as("amount after the bug: %s", after).isTrue();
            assertThat(after.wassersteinNormed()).isGreaterThanOrEqualTo(0.1);
            FeatureDrift mostDrifted = report.features().stream().filter(FeatureDrift::numeric)
                    .filter(f -> !f.column().startsWith("("))
                    .max(Comparator.comparing(FeatureDrift::wassersteinNormed)).orElseThrow();
            assertThat(mostDrifted.column()).isEqualTo(Columns.AMOUNT);

            List<Alert> fired = firing(engine.evaluateAlerts());
            assertThat(fired).singleElement().satisfies(alert -> {
                assertThat(alert.deployment()).isEqualTo("seller-risk");
                assertThat(alert.message()).startsWith("Drift of amount on seller-risk is");
            });
            assertThat(engine.alerts(false)).extracting(Alert::ruleName).contains(AMOUNT_RULE);
        }
    }

    private static void awaitScored(MarketplaceSimulator simulator, long count) {
        Await.until(count + " transactions scored", GENEROUS, () -> {
            LiveFigures figures = simulator.snapshot().figures();
            return figures.scored() >= count;
        });
    }

    private static FeatureDrift amount(DriftReport report) {
        return report.features().stream().filter(f -> f.column().equals(Columns.AMOUNT)).findFirst().orElseThrow();
    }

    private static List<Alert> firing(List<Alert> changed) {
        return changed.stream().filter(a -> a.ruleName().equals(AMOUNT_RULE) && a.state() == AlertState.FIRING).toList();
    }
}
