package io.sightline.engine.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WindowsTest {

    @Test
    void theTierHoldsTheWholeWindow() {
        assertThat(TrafficTier.forWindow(Duration.ofMinutes(5))).isEqualTo(TrafficTier.SECOND);
        assertThat(TrafficTier.forWindow(Duration.ofHours(1))).isEqualTo(TrafficTier.SECOND);
        assertThat(TrafficTier.forWindow(Duration.ofMinutes(61))).isEqualTo(TrafficTier.MINUTE);
        assertThat(TrafficTier.forWindow(Duration.ofDays(30))).isEqualTo(TrafficTier.MINUTE);
    }

    @Test
    void theStepIsTheShortestRoundOneThatKeepsTheBucketsFew() {
        assertThat(Windows.step(Duration.ofMinutes(5), Duration.ofSeconds(1), 300)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Windows.step(Duration.ofMinutes(6), Duration.ofSeconds(1), 300)).isEqualTo(Duration.ofSeconds(2));
        assertThat(Windows.step(Duration.ofHours(1), Duration.ofSeconds(1), 300)).isEqualTo(Duration.ofSeconds(15));
        // the minute tier never gives buckets shorter than a minute, however short the window
        assertThat(Windows.step(Duration.ofHours(2), Duration.ofMinutes(1), 300)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Windows.step(Duration.ofDays(30), Duration.ofMinutes(1), 300)).isEqualTo(Duration.ofHours(3));
        assertThat(Windows.step(Duration.ofDays(3650), Duration.ofMinutes(1), 300)).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void bucketsAreAlignedOnMultiplesOfTheStep() {
        Instant at = Instant.parse("2026-11-20T10:17:42.250Z");
        assertThat(Windows.floor(at, Duration.ofSeconds(1))).isEqualTo(Instant.parse("2026-11-20T10:17:42Z"));
        assertThat(Windows.floor(at, Duration.ofMinutes(15))).isEqualTo(Instant.parse("2026-11-20T10:15:00Z"));
        assertThat(Windows.bucketCount(at, at.plusSeconds(60), Duration.ofSeconds(15))).isEqualTo(5);
        assertThat(Windows.bucketCount(Instant.parse("2026-11-20T10:15:00Z"), Instant.parse("2026-11-20T10:16:00Z"),
                Duration.ofSeconds(15))).isEqualTo(4);
    }

    @Test
    void aWindowMustBePositive() {
        for (Duration bad : new Duration[] {null, Duration.ZERO, Duration.ofSeconds(-5)}) {
            assertThatThrownBy(() -> Windows.check(bad)).isInstanceOfSatisfying(PlatformException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT));
        }
        assertThat(Windows.check(Duration.ofMinutes(1))).isEqualTo(Duration.ofMinutes(1));
    }
}
