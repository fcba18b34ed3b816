package io.sightline.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.simulator.scenario.ScenarioEvent;
import io.sightline.simulator.scenario.ScenarioKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator's controls, before and without a platform that answers. */
class MarketplaceSimulatorTest {
    @TempDir
    Path work;
    private final RecordingPlatform recording = new RecordingPlatform();

    @Test
    void aTriggeredEventStartsNowInSimulatedTimeAndIsActive() {
        try (MarketplaceSimulator simulator = new MarketplaceSimulator(recording.platform(), SimulatorConfig.defaults(work))) {
            ScenarioEvent peak = simulator.trigger(ScenarioKind.SEASONAL_PEAK);
            simulator.schedule(ScenarioKind.NEW_FRAUD_RING, SimulatorConfig.WORLD_START.plus(Duration.ofHours(1)),
                    Optional.empty());

            SimulatorSnapshot snapshot = simulator.snapshot();
            assertThat(peak.start()).isEqualTo(SimulatorConfig.WORLD_START);
            assertThat(peak.end()).contains(SimulatorConfig.WORLD_START.plus(Duration.ofHours(1)));
            assertThat(snapshot.events()).extracting(ScenarioEvent::kind)
                    .containsExactly(ScenarioKind.SEASONAL_PEAK, ScenarioKind.NEW_FRAUD_RING);
            assertThat(snapshot.activeEvents()).containsExactly(ScenarioKind.SEASONAL_PEAK);
            assertThat(snapshot.phase()).isEqualTo(SimulatorPhase.NOT_STARTED);
        }
    }

    @Test
    void speedAndPauseAreKeptAndOutOfRangeSpeedsRefused() {
        try (MarketplaceSimulator simulator = new MarketplaceSimulator(recording.platform(), SimulatorConfig.defaults(work))) {
            simulator.setSpeed(100);
            simulator.pause();

            assertThat(simulator.snapshot().speed()).isEqualTo(100);
            assertThat(simulator.snapshot().paused()).isTrue();
            assertThatThrownBy(() -> simulator.setSpeed(1000)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aPlatformThatCannotBePreparedLeavesTheSimulatorFailedWithTheReason() {
        MarketplaceSimulator simulator = new MarketplaceSimulator(recording.platform(), SimulatorConfig.defaults(work));
        simulator.start();

        Await.until("the failure", () -> simulator.snapshot().phase() == SimulatorPhase.FAILED);
        assertThat(simulator.snapshot().message()).startsWith("Could not start the simulation")
                .contains("deployment is not scripted");
        simulator.close();
        assertThat(simulator.snapshot().phase()).isEqualTo(SimulatorPhase.STOPPED);
        assertThat(recording.predictions()).isZero();
    }
}
