package io.sightline.simulator.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulatedClockTest {
    private static final Instant T0 = Instant.parse("2026-11-16T08:00:00Z");
    private final ManualTime real = new ManualTime();

    @Test
    void startsPausedAndRunsAtItsSpeedOnceResumed() {
        SimulatedClock clock = new SimulatedClock(T0, 10, real);
        real.advanceMillis(5_000);
        assertThat(clock.now()).isEqualTo(T0);

        clock.resume();
        real.advanceMillis(3_000);
        assertThat(clock.now()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void pausingFreezesTimeAndChangingSpeedKeepsTheCurrentInstant() {
        SimulatedClock clock = new SimulatedClock(T0, 1, real);
        clock.resume();
        real.advanceMillis(10_000);
        clock.setSpeed(100);
        assertThat(clock.now()).isEqualTo(T0.plusSeconds(10));
        real.advanceMillis(1_000);
        assertThat(clock.now()).isEqualTo(T0.plusSeconds(110));

        clock.pause();
        real.advanceMillis(60_000);
        assertThat(clock.now()).isEqualTo(T0.plusSeconds(110));
        assertThat(clock.paused()).isTrue();
        clock.resume();
        real.advanceMillis(10);
        assertThat(clock.now()).isEqualTo(T0.plusSeconds(111));
    }

    @Test
    void speedsOutsideOneToAHundredAreRefused() {
        SimulatedClock clock = new SimulatedClock(T0, 1, real);
        assertThatThrownBy(() -> clock.setSpeed(0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from 1× to 100×");
        assertThatThrownBy(() -> clock.setSpeed(101)).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.speed()).isEqualTo(1);
    }
}
