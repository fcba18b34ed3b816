package io.sightline.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.simulator.world.FraudPattern;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScenarioTimelineTest {
    private static final Instant T0 = Instant.parse("2026-11-16T08:00:00Z");

    @Test
    void withoutEventsTheWorldIsOrdinary() {
        assertThat(new ScenarioTimeline().conditionsAt(T0)).isEqualTo(WorldConditions.ORDINARY);
    }

    @Test
    void anEventHoldsFromItsStartUntilJustBeforeItsEnd() {
        ScenarioTimeline timeline = new ScenarioTimeline();
        timeline.schedule(ScenarioKind.SEASONAL_PEAK, T0, Optional.of(Duration.ofMinutes(10)));

        assertThat(timeline.conditionsAt(T0.minusNanos(1)).market().volume()).isEqualTo(1.0);
        assertThat(timeline.conditionsAt(T0).market().volume()).isEqualTo(WorldConditions.PEAK_VOLUME);
        assertThat(timeline.conditionsAt(T0.plusSeconds(599)).market().peakMix()).isTrue();
        assertThat(timeline.conditionsAt(T0.plusSeconds(600))).isEqualTo(WorldConditions.ORDINARY);
    }

    @Test
    void eventsCombineAndTheNewRingStaysForGood() {
        ScenarioTimeline timeline = new ScenarioTimeline();
        timeline.schedule(ScenarioKind.NEW_FRAUD_RING, T0);
        timeline.schedule(ScenarioKind.DATA_BUG_AMOUNT_IN_CENTS, T0.plusSeconds(60));
        timeline.schedule(ScenarioKind.LATENCY_INCIDENT, T0.plusSeconds(60));

        WorldConditions during = timeline.conditionsAt(T0.plusSeconds(120));
        assertThat(during.market().newRingActive()).isTrue();
        assertThat(during.amountInCents()).isTrue();
        assertThat(during.bursts()).isTrue();
        assertThat(during.ratingMissing()).isFalse();
        assertThat(timeline.activeAt(T0.plusSeconds(120))).containsExactly(ScenarioKind.NEW_FRAUD_RING,
                ScenarioKind.DATA_BUG_AMOUNT_IN_CENTS, ScenarioKind.LATENCY_INCIDENT);
        assertThat(timeline.activeAt(T0.plus(Duration.ofDays(30)))).containsExactly(ScenarioKind.NEW_FRAUD_RING);
        assertThat(timeline.events()).extracting(ScenarioEvent::start).isSorted();
    }

    @Test
    void aChallengerReleaseSetsTheNewRingToWorkAtScale() {
        ScenarioTimeline timeline = new ScenarioTimeline();
        timeline.schedule(ScenarioKind.NEW_FRAUD_RING, T0);
        timeline.schedule(ScenarioKind.CHALLENGER_RELEASE, T0.plusSeconds(60));

        assertThat(timeline.conditionsAt(T0).market().newRingShare()).isEqualTo(FraudPattern.NEW_RING.share());
        assertThat(timeline.conditionsAt(T0.plusSeconds(60)).market().newRingShare()).isEqualTo(FraudPattern.AT_SCALE);
        assertThat(timeline.conditionsAt(T0.plus(Duration.ofDays(30))).market().newRingShare())
                .isEqualTo(FraudPattern.AT_SCALE);
    }

    @Test
    void anEventMustEndAfterItStarts() {
        assertThatThrownBy(() -> new ScenarioTimeline().schedule(ScenarioKind.SEASONAL_PEAK, T0, Optional.of(Duration.ZERO)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end after it starts");
    }
}
