package io.sightline.engine.serve.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.CapacityKnee;
import io.sightline.engine.api.CapacityPlan;
import io.sightline.engine.api.CapacityPoint;
import io.sightline.engine.api.LatencyPercentile;
import io.sightline.engine.api.PlatformException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The ramp against fake scorers. Steps run one after another, so a scorer that counts its calls knows which step
 * a call belongs to: that is how a knee is planted without depending on the machine's speed.
 */
class RampRunnerTest {
    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final List<Map<String, String>> ROWS = List.of(Map.of("x", "1"), Map.of("x", "2"));

    @Test
    void aPlantedKneeIsFoundAtTheStepWhereTheScorerSlowsDown() {
        // 2, 4, 6 and 8 requests per second; p95 within 200 ms; the scorer takes 400 ms from 6 per second on
        CapacityPlan plan = new CapacityPlan(2, 8, 4, SECOND, LatencyPercentile.P95, 200, 0.01, 16);
        int fastCalls = 2 + 4;
        AtomicInteger calls = new AtomicInteger();
        List<Integer> heard = new CopyOnWriteArrayList<>();
        RampRunner runner = new RampRunner(plan, ROWS, row -> {
            if (calls.getAndIncrement() >= fastCalls) {
                sleep(400);
            }
        });
        RampRunner.Outcome outcome = runner.run((index, point) -> heard.add(index));

        assertThat(outcome.stopped()).isFalse();
        assertThat(heard).containsExactly(0, 1, 2, 3);
        assertThat(outcome.points()).extracting(CapacityPoint::offeredPerSecond).containsExactly(2, 4, 6, 8);
        assertThat(outcome.points()).extracting(CapacityPoint::requests).containsExactly(2L, 4L, 6L, 8L);
        assertThat(outcome.points().get(2).p95Millis()).isGreaterThanOrEqualTo(400);
        CapacityKnee knee = CapacityKnee.of(plan, outcome.points());
        assertThat(knee.sustained().offeredPerSecond()).isEqualTo(4);
        assertThat(knee.broken().offeredPerSecond()).isEqualTo(6);
    }

    @Test
    void failuresAreCountedAsErrorsWithTheFirstOnesWords() {
        CapacityPlan plan = new CapacityPlan(10, 10, 1, SECOND, LatencyPercentile.P50, 1_000, 0.5, 4);
        AtomicInteger calls = new AtomicInteger();
        RampRunner runner = new RampRunner(plan, ROWS, row -> {
            if (calls.getAndIncrement() % 2 == 0) {
                throw PlatformException.invalid("The value 'x' is not a number.");
            }
        });
        RampRunner.Outcome outcome = runner.run((index, point) -> { });

        CapacityPoint point = outcome.points().getFirst();
        assertThat(point.requests()).isEqualTo(10);
        assertThat(point.errors()).isEqualTo(5);
        assertThat(point.errorRate()).isEqualTo(0.5);
        assertThat(point.achievedPerSecond()).isEqualTo(5);
        assertThat(outcome.failed()).isEqualTo(5);
        assertThat(outcome.notSent()).isZero();
        assertThat(outcome.firstFailure()).isEqualTo("The value 'x' is not a number.");
    }

    @Test
    void requestsThatCannotStartBeforeTheStepEndsAreNotSentAndTheWaitShowsAsLatency() {
        // one sender, 10 due in a second, 400 ms each: a queue builds, and what cannot start in time is not sent
        CapacityPlan plan = new CapacityPlan(10, 10, 1, SECOND, LatencyPercentile.P50, 200, 0.01, 1);
        RampRunner runner = new RampRunner(plan, ROWS, row -> sleep(400));
        RampRunner.Outcome outcome = runner.run((index, point) -> { });

        CapacityPoint point = outcome.points().getFirst();
        assertThat(point.requests()).isEqualTo(10);
        assertThat(outcome.notSent()).isGreaterThanOrEqualTo(5);
        assertThat(point.errors()).isEqualTo(outcome.notSent());
        assertThat(point.p99Millis()).isGreaterThan(point.p50Millis()).isGreaterThanOrEqualTo(800);
    }

    @Test
    void aStopEndsTheRunInTheStepInFlightAndKeepsTheStepsMeasured() throws Exception {
        CapacityPlan plan = new CapacityPlan(5, 5, 3, Duration.ofSeconds(30), LatencyPercentile.P95, 1_000, 0.01, 2);
        int firstStep = 5 * 30;
        AtomicInteger calls = new AtomicInteger();
        RampRunner[] runner = new RampRunner[1];
        runner[0] = new RampRunner(plan, ROWS, row -> {
            if (calls.incrementAndGet() == 3) {
                runner[0].stop(); // third request of the first 30-second step
            }
        });
        CompletableFuture<RampRunner.Outcome> run = CompletableFuture.supplyAsync(() -> runner[0].run((i, p) -> { }));

        RampRunner.Outcome outcome = run.get(10, TimeUnit.SECONDS); // a 90-second ramp, stopped well before its first step ends
        assertThat(outcome.stopped()).isTrue();
        assertThat(outcome.points()).isEmpty();
        assertThat(calls.get()).isLessThan(firstStep);
    }

    @Test
    void aStopBetweenStepsKeepsThoseMeasured() {
        CapacityPlan plan = new CapacityPlan(3, 3, 5, SECOND, LatencyPercentile.P95, 1_000, 0.01, 2);
        RampRunner runner = new RampRunner(plan, ROWS, row -> { });
        RampRunner.Outcome outcome = runner.run((index, point) -> {
            if (index == 1) {
                runner.stop();
            }
        });
        assertThat(outcome.stopped()).isTrue();
        assertThat(outcome.points()).hasSize(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
