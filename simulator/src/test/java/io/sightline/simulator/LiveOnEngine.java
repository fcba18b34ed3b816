package io.sightline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

/** The quick demo world the release tests run on a real engine, and the wait for it to go live. */
final class LiveOnEngine {
    private LiveOnEngine() {
    }

    /** The demo's world with a short training, at 100× real time. */
    static SimulatorConfig quickWorld(Path dir) {
        return SimulatorConfig.defaults(dir.resolve("work")).withTraining(1_500, Duration.ofSeconds(2)).withSpeed(100);
    }

    /** Starts {@code simulator} and waits until it is live; a failed start ends the wait with its message. */
    static void startLive(MarketplaceSimulator simulator, Duration timeout) {
        simulator.start();
        Await.until("the simulator live", timeout, () -> simulator.snapshot().phase() == SimulatorPhase.LIVE
                || simulator.snapshot().phase() == SimulatorPhase.FAILED);
        assertThat(simulator.snapshot().phase()).as(simulator.snapshot().message()).isEqualTo(SimulatorPhase.LIVE);
    }
}
