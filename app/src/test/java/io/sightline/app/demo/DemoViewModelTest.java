package io.sightline.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.fakes.ComposedPlatform;
import io.sightline.simulator.MarketplaceSimulator;
import io.sightline.simulator.SimulatorConfig;
import io.sightline.simulator.SimulatorPhase;
import io.sightline.simulator.SimulatorSnapshot;
import io.sightline.simulator.live.LiveFigures;
import io.sightline.simulator.scenario.ScenarioEvent;
import io.sightline.simulator.scenario.ScenarioKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Demo menu's commands reach the simulator; reset and leave reach the console. */
class DemoViewModelTest {
    @TempDir
    Path work;

    private final List<String> exits = new ArrayList<>();
    private final List<MarketplaceSimulator> simulators = new ArrayList<>();
    private MarketplaceSimulator simulator;

    private DemoViewModel viewModel() {
        simulator = new MarketplaceSimulator(ComposedPlatform.of(), SimulatorConfig.defaults(work));
        simulators.add(simulator);
        return new DemoViewModel(simulator, new DemoExits() {
            @Override
            public void reset() {
                exits.add("reset");
            }

            @Override
            public void leave() {
                exits.add("leave");
            }
        });
    }

    @AfterEach
    void close() {
        simulators.forEach(MarketplaceSimulator::close);
    }

    @Test
    void triggeringAnEventPutsItOnTheSimulatorsTimeline() {
        DemoViewModel demo = viewModel();

        demo.trigger(ScenarioKind.NEW_FRAUD_RING);
        demo.trigger(ScenarioKind.DATA_BUG_AMOUNT_IN_CENTS);

        assertThat(simulator.snapshot().events()).extracting(ScenarioEvent::kind)
                .containsExactly(ScenarioKind.NEW_FRAUD_RING, ScenarioKind.DATA_BUG_AMOUNT_IN_CENTS);
        assertThat(simulator.snapshot().activeEvents()).contains(ScenarioKind.NEW_FRAUD_RING);
    }

    @Test
    void pauseResumeAndSpeedReachTheSimulator() {
        DemoViewModel demo = viewModel();

        demo.togglePause();
        assertThat(simulator.snapshot().paused()).isTrue();
        assertThat(demo.pausedProperty().get()).isTrue();
        demo.togglePause();
        assertThat(simulator.snapshot().paused()).isFalse();

        demo.setSpeed(100);
        assertThat(simulator.snapshot().speed()).isEqualTo(100);
        assertThat(demo.speedProperty().get()).isEqualTo(100);
    }

    @Test
    void resetAndLeaveGoToTheConsoleAndSaySo() {
        DemoViewModel demo = viewModel();

        demo.reset();
        assertThat(exits).containsExactly("reset");
        assertThat(demo.statusProperty().get()).isEqualTo("Resetting the demo…");
        assertThat(demo.leavingProperty().get()).isTrue();
        demo.show(snapshot(SimulatorPhase.LIVE, "Live", 5, false, List.of()));
        assertThat(demo.statusProperty().get()).isEqualTo("Resetting the demo…");

        DemoViewModel other = viewModel();
        other.leave();
        assertThat(exits).containsExactly("reset", "leave");
        assertThat(other.statusProperty().get()).isEqualTo("Leaving the demo…");
    }

    @Test
    void theStatusLineSaysWhatThePreparationDoesThenWhatIsScored() {
        assertThat(DemoStatus.describe(snapshot(SimulatorPhase.GENERATING_HISTORY, "x", 0, false, List.of())))
                .isEqualTo("Generating history…");
        assertThat(DemoStatus.describe(snapshot(SimulatorPhase.TRAINING,
                "Training the first model… Trying random forest (3 of 4), fold 1 of 3", 0, false, List.of())))
                .isEqualTo("Training the first model… Trying random forest (3 of 4), fold 1 of 3");
        assertThat(DemoStatus.describe(snapshot(SimulatorPhase.LIVE, "x", 12_345, false, List.of())))
                .isEqualTo("12,345 scored · 10×");
        assertThat(DemoStatus.describe(snapshot(SimulatorPhase.LIVE, "x", 7, true,
                List.of(ScenarioKind.SEASONAL_PEAK, ScenarioKind.LATENCY_INCIDENT))))
                .isEqualTo("7 scored · paused · Seasonal peak, Latency incident");
        assertThat(DemoStatus.describe(snapshot(SimulatorPhase.FAILED, "Could not start the simulation: disk full",
                0, false, List.of()))).isEqualTo("Could not start the simulation: disk full");
    }

    private static SimulatorSnapshot snapshot(SimulatorPhase phase, String message, long scored, boolean paused,
                                              List<ScenarioKind> active) {
        LiveFigures figures = new LiveFigures(scored, scored, 0, 0, 0, 0, 0, 0, 0, 0, null, 1, 2, null);
        return new SimulatorSnapshot(phase, message, Instant.EPOCH, 10, paused, figures, List.of(), active, null);
    }
}
