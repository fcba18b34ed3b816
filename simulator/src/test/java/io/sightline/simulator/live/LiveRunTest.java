package io.sightline.simulator.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.Outcome;
import io.sightline.engine.api.PlatformException;
import io.sightline.simulator.Await;
import io.sightline.simulator.RecordingPlatform;
import io.sightline.simulator.scenario.ScenarioKind;
import io.sightline.simulator.scenario.ScenarioTimeline;
import io.sightline.simulator.stream.Arrival;
import io.sightline.simulator.world.Columns;
import io.sightline.simulator.world.Transaction;
import io.sightline.simulator.world.WorldFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live run against a recording platform, on a real-time source the test moves by hand (100× speed). */
class LiveRunTest {
    private static final long SEED = 17;
    private static final LiveSettings SETTINGS = new LiveSettings(2, 6, 1_000);

    private final ManualTime real = new ManualTime();
    private final RecordingPlatform recording = new RecordingPlatform();
    private SimulatedClock clock;
    private LiveRun run;

    private LiveRun start(ScenarioTimeline timeline, LiveSettings settings) {
        clock = new SimulatedClock(WorldFixtures.START, 100, real);
        run = new LiveRun(recording.platform(), "seller-risk", WorldFixtures.stream(SEED, timeline), clock, real, settings);
        run.start(false);
        return run;
    }

    @AfterEach
    void stop() {
        recording.letPredictionsThrough();
        if (run != null) {
            run.close();
        }
    }

    /** The transactions the world holds up to simulated time {@code at}, inclusive. */
    private static List<Transaction> expectedUntil(ScenarioTimeline timeline, Instant at) {
        return WorldFixtures.until(WorldFixtures.stream(SEED, timeline), at.plusNanos(1)).stream()
                .map(Arrival::transaction).toList();
    }

    private static Instant simulated(long realMillis) {
        return WorldFixtures.START.plusMillis(realMillis * 100);
    }

    /**
     * Waits until at least {@code count} transactions are released and scored, then checks that exactly
     * {@code count} were: waiting for an exact count could step past it unseen, while real time stands still
     * here, so nothing more can come. Released is awaited too: it is counted once a transaction is queued,
     * which a caller may score a moment before.
     */
    private void awaitScored(String what, long count) {
        Await.until(what, () -> run.figures().released() >= count && run.figures().scored() >= count);
        assertThat(run.figures().released()).as(what + ": released").isEqualTo(count);
        assertThat(run.figures().scored()).as(what + ": scored").isEqualTo(count);
    }

    @Test
    void scoresEveryTransactionOnceAsSimulatedTimeReachesIt() {
        start(new ScenarioTimeline(), SETTINGS);
        real.advanceMillis(5_000);
        List<Transaction> expected = expectedUntil(new ScenarioTimeline(), simulated(5_000));

        awaitScored("every transaction up to now scored", expected.size());

        Set<String> sent = recording.requestsByPrediction.values().stream().map(r -> r.get(Columns.TRANSACTION_ID))
                .collect(Collectors.toSet());
        assertThat(sent).hasSize(expected.size())
                .isEqualTo(expected.stream().map(Transaction::id).collect(Collectors.toSet()));
        assertThat(run.figures().failed()).isZero();
    }

    @Test
    void outcomesArriveOnlyOnceTheirDelayHasPassedWithTheTrueLabelAndAmount() {
        record Reported(Instant at, List<Outcome> batch) {
        }
        List<Reported> reports = new CopyOnWriteArrayList<>();
        recording.onOutcomes(batch -> {
            reports.add(new Reported(clock.now(), batch));
            return batch.size();
        });
        start(new ScenarioTimeline(), SETTINGS);

        real.advanceMillis(5_000);
        awaitOutcomesDueAt(simulated(5_000));
        real.advanceMillis(10_000);
        List<Transaction> due = awaitOutcomesDueAt(simulated(15_000));

        Map<String, Transaction> byId = expectedUntil(new ScenarioTimeline(), simulated(15_000)).stream()
                .collect(Collectors.toMap(Transaction::id, t -> t));
        for (Reported report : reports) {
            for (Outcome outcome : report.batch()) {
                Transaction t = byId.get(recording.requestsByPrediction.get(outcome.predictionId())
                        .get(Columns.TRANSACTION_ID));
                assertThat(t.at().plus(t.truth().labelDelay())).isBeforeOrEqualTo(report.at());
                assertThat(outcome.actualLabel()).isEqualTo(Columns.label(t));
                assertThat(outcome.value()).isEqualTo(t.order().amount());
            }
        }
        assertThat(due).anyMatch(t -> t.truth().chargeback()).anyMatch(t -> !t.truth().chargeback());
        assertThat(run.figures().outcomesReported()).isEqualTo(due.size());
        assertThat(run.figures().outcomesMatched()).isEqualTo(due.size());
        assertThat(run.figures().outcomesPending()).isPositive();
    }

    private List<Transaction> awaitOutcomesDueAt(Instant now) {
        List<Transaction> due = expectedUntil(new ScenarioTimeline(), now).stream()
                .filter(t -> !t.at().plus(t.truth().labelDelay()).isAfter(now)).toList();
        Await.until(due.size() + " outcomes due at " + now, () -> recording.outcomes().size() >= due.size());
        assertThat(recording.outcomes()).hasSize(due.size());
        return due;
    }

    @Test
    void outcomesTheRefusingPlatformWouldNotTakeAreKeptAndSentOnceItAccepts() {
        Function<List<Outcome>, Integer> refuse = batch -> {
            throw new PlatformException(ErrorCode.UNAVAILABLE, "Outcome reporting is not available in this engine yet.");
        };
        recording.onOutcomes(refuse);
        start(new ScenarioTimeline(), SETTINGS);
        real.advanceMillis(12_000);

        Await.until("the refusal to show", () -> run.figures().outcomesRefused() != null);
        assertThat(run.figures().outcomesRefused()).contains("not available");
        assertThat(run.figures().outcomesReported()).isZero();

        recording.onOutcomes(List::size);
        Await.until("outcomes accepted once the platform takes them", Duration.ofSeconds(60),
                () -> run.figures().outcomesReported() > 0 && run.figures().outcomesRefused() == null);
        assertThat(run.figures().outcomesUnreported()).isZero();
    }

    @Test
    void pausingStopsScoringUntilResumed() {
        start(new ScenarioTimeline(), SETTINGS);
        real.advanceMillis(2_000);
        int before = expectedUntil(new ScenarioTimeline(), simulated(2_000)).size();
        awaitScored("the first transactions scored", before);

        run.pause();
        real.advanceMillis(50_000);
        sleep(300);
        assertThat(run.figures().released()).isEqualTo(before);
        assertThat(recording.predictions()).isEqualTo(before);

        run.resume();
        real.advanceMillis(1_000);
        int after = expectedUntil(new ScenarioTimeline(), simulated(3_000)).size();
        awaitScored("scoring resumed", after);
        assertThat(after).isGreaterThan(before);
    }

    @Test
    void pausingLetsTheCallsInFlightAnswerAndStartsNoOther() {
        recording.holdPredictions();
        start(new ScenarioTimeline(), SETTINGS);
        real.advanceMillis(2_000);
        int expected = expectedUntil(new ScenarioTimeline(), simulated(2_000)).size();
        assertThat(expected).isGreaterThan(SETTINGS.steadyCallers());
        Await.until("the steady callers calling", () -> run.figures().inFlight() >= SETTINGS.steadyCallers());

        run.pause();
        recording.letPredictionsThrough();
        // paused, calls in flight only go down: at none, whatever was taken has answered and nothing more starts
        Await.until("the calls in flight answered", () -> run.figures().inFlight() == 0);
        assertThat(run.figures().scored()).isEqualTo(SETTINGS.steadyCallers());
        assertThat(recording.predictions()).isEqualTo(SETTINGS.steadyCallers());

        run.resume();
        awaitScored("the rest scored once resumed", expected);
    }

    @Test
    void aLatencyIncidentSendsBurstsThroughMoreConcurrentCallers() {
        ScenarioTimeline incident = new ScenarioTimeline();
        incident.schedule(ScenarioKind.LATENCY_INCIDENT, WorldFixtures.START);
        // each call waits at the platform until let through, so every caller that takes part stays in flight
        recording.holdPredictions();
        start(incident, SETTINGS);

        real.advanceMillis(1_500);
        int expected = expectedUntil(incident, simulated(1_500)).size();
        int everyCaller = SETTINGS.steadyCallers() + SETTINGS.burstCallers();
        assertThat(expected).as("a burst with work for every caller").isGreaterThan(everyCaller);
        // calls in flight only pile up while held; with the steady callers alone they would stop at two
        Await.until("every caller, the burst callers too, calling at once",
                () -> recording.predictionsInFlight() >= everyCaller);
        recording.letPredictionsThrough();

        awaitScored("the burst scored", expected);
        assertThat(recording.maxConcurrentPredictions()).isEqualTo(everyCaller);
    }

    @Test
    void withoutAnIncidentOnlyTheSteadyCallersWork() {
        recording.pauseEachPrediction(3);
        start(new ScenarioTimeline(), SETTINGS);

        real.advanceMillis(1_500);
        int expected = expectedUntil(new ScenarioTimeline(), simulated(1_500)).size();
        awaitScored("the traffic scored", expected);

        assertThat(recording.maxConcurrentPredictions()).isBetween(1, SETTINGS.steadyCallers());
    }

    @Test
    void theQueueStaysBoundedAndLosesNothingWhenThePlatformIsSlow() {
        recording.pauseEachPrediction(1);
        LiveSettings tight = new LiveSettings(1, 0, 5);
        start(new ScenarioTimeline(), tight);
        real.advanceMillis(2_000);
        int expected = expectedUntil(new ScenarioTimeline(), simulated(2_000)).size();

        Await.until("the backlog scored", () -> {
            LiveFigures figures = run.figures();
            assertThat(figures.queued()).isLessThanOrEqualTo(tight.queueCapacity());
            assertThat(figures.released() - figures.scored()).isLessThanOrEqualTo(tight.queueCapacity() + 1);
            return figures.scored() >= expected;
        });
        assertThat(run.figures().scored()).isEqualTo(expected);
        assertThat(recording.predictions()).isEqualTo(expected);
    }

    @Test
    void closingStopsEveryThread() {
        start(new ScenarioTimeline(), SETTINGS);
        real.advanceMillis(1_000);
        Await.until("some scoring", () -> run.figures().scored() > 0);

        run.close();
        int afterClose = recording.predictions();
        real.advanceMillis(10_000);
        sleep(200);

        assertThat(recording.predictions()).isEqualTo(afterClose);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("simulator-") && t.isAlive());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
