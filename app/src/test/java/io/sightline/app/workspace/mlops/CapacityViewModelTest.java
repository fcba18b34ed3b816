package io.sightline.app.workspace.mlops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.app.fakes.ScriptedCapacity;
import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.app.task.ManualScheduler;
import io.sightline.app.task.UiTiming;
import io.sightline.engine.api.CapacityPlan;
import io.sightline.engine.api.CapacityPoint;
import io.sightline.engine.api.CapacityTest;
import io.sightline.engine.api.CapacityTestState;
import io.sightline.engine.api.LatencyPercentile;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CapacityViewModelTest {
    /** The plan of the form as it opens. */
    static final CapacityPlan DEFAULT_PLAN = new CapacityPlan(10, 200, 8, Duration.ofSeconds(5), LatencyPercentile.P95,
            50, 0.01, 16);

    private final MlopsPlatform platform = new MlopsPlatform();
    private final ScriptedCapacity capacity = platform.capacity;
    private final ManualScheduler scheduler = new ManualScheduler();
    private final CapacityViewModel viewModel = new CapacityViewModel(platform.whole(), new CurrentThreadTaskExecutor(),
            new UiTiming(scheduler, scheduler.now::get, () -> MlopsRecords.NOW), "erin");

    /** A step that answered every request: offered, achieved, and latencies around its p95. */
    static CapacityPoint step(int offered, double achieved, double p95Millis) {
        return new CapacityPoint(offered, achieved, offered * 5L, 0, p95Millis / 2, p95Millis, p95Millis * 1.5);
    }

    /** Lets the UI thread run what is due, a while after the last time. */
    private void runUi() {
        scheduler.now.addAndGet(CapacityViewModel.MIN_RELOAD_INTERVAL_MILLIS);
        scheduler.runPending();
    }

    private String started() {
        viewModel.start();
        runUi();
        return viewModel.testProperty().get().id();
    }

    @BeforeEach
    void followTheDeployment() {
        platform.listener = event -> {
            if (event instanceof PlatformEvent.CapacityTestChanged changed) {
                viewModel.onEvent(changed);
            }
        };
        viewModel.show(MlopsRecords.DEPLOYMENT);
        runUi();
    }

    @Test
    void aPlanThePlanRecordRefusesShowsItsMessageAndStartsNothing() {
        viewModel.endRateProperty().set("6000");

        assertThat(viewModel.planProperty().get()).isNull();
        assertThatThrownBy(() -> new CapacityPlan(10, 6000, 8, Duration.ofSeconds(5), LatencyPercentile.P95, 50, 0.01, 16))
                .hasMessage(viewModel.problemProperty().get());
        assertThat(viewModel.canStartProperty().get()).isFalse();
        viewModel.start();
        assertThat(capacity.starts).isEmpty();

        viewModel.endRateProperty().set("lots");
        assertThat(viewModel.problemProperty().get()).contains("the last rate").contains("whole number")
                .contains("'lots'");
        viewModel.endRateProperty().set("200");
        assertThat(viewModel.problemProperty().get()).isEmpty();
        assertThat(viewModel.planProperty().get()).isEqualTo(DEFAULT_PLAN);
    }

    @Test
    void startCallsTheFacetWithThePlanAsTheUserAndShowsTheTestRunning() {
        assertThat(viewModel.loadProperty().get()).contains("real traffic to checkout-risk")
                .contains("at most 200 requests/s, 16 in flight, for 40.0 s").contains("this computer");

        started();

        assertThat(capacity.starts).containsExactly(new ScriptedCapacity.Start(MlopsRecords.DEPLOYMENT, DEFAULT_PLAN,
                "erin"));
        assertThat(viewModel.testProperty().get().state()).isEqualTo(CapacityTestState.RUNNING);
        assertThat(viewModel.testStatusProperty().get()).isEqualTo("Running: 0 of 8 steps measured.");
        assertThat(viewModel.canStartProperty().get()).as("one test at a time").isFalse();
        assertThat(viewModel.canStopProperty().get()).isTrue();
        assertThat(viewModel.tests()).extracting(CapacityRow::state).containsExactly("running");
    }

    @Test
    void stepsAppearAsTheirEventsArrive() {
        String id = started();

        capacity.measure(id, step(10, 10, 12));
        runUi();
        assertThat(viewModel.testProperty().get().points()).hasSize(1);
        capacity.measure(id, step(37, 37, 14));
        runUi();

        assertThat(viewModel.testProperty().get().points()).extracting(CapacityPoint::offeredPerSecond)
                .containsExactly(10, 37);
        assertThat(viewModel.kneeProperty().get())
                .isEqualTo("Keeps p95 ≤ 50 ms so far, at every rate up to 37 requests/s.");
        assertThat(viewModel.testStatusProperty().get()).isEqualTo("Running: 2 of 8 steps measured.");
        assertThat(viewModel.tests().get(0).sustained()).isEqualTo("at least 37 req/s");
    }

    @Test
    void whileATestRunsThePollReadsItEvenWhenItsEventIsLost() {
        String id = started();
        platform.listener = null;
        capacity.measure(id, step(10, 10, 12));
        runUi();
        assertThat(viewModel.testProperty().get().points()).isEmpty();

        viewModel.poll();
        runUi();
        assertThat(viewModel.testProperty().get().points()).hasSize(1);
    }

    @Test
    void theKneeIsTheLastStepThatKeptTheObjectiveAndTheFirstThatBrokeIt() {
        String id = started();
        capacity.measure(id, step(10, 10, 12));
        capacity.measure(id, step(173, 172.6, 42));
        capacity.measure(id, step(200, 181, 75));
        runUi();

        assertThat(viewModel.kneeProperty().get()).isEqualTo("Keeps p95 ≤ 50 ms up to 173 requests/s (p95 42 ms);"
                + " breaks at 200 offered: p95 75 ms, 0.0 % errors.");
        assertThat(viewModel.tests().get(0).sustained()).isEqualTo("173 req/s");
    }

    @Test
    void aTestThatKeptTheObjectiveAtEveryRateSaysTheKneeIsHigher() {
        String id = started();
        capacity.measure(id, step(10, 10, 12));
        capacity.measure(id, step(200, 199.5, 30));
        capacity.end(id, CapacityTestState.FINISHED, "Every step was measured.");
        runUi();

        assertThat(viewModel.kneeProperty().get())
                .isEqualTo("Kept the objective at every rate tried, up to 200 requests/s: the knee is higher.");
        assertThat(viewModel.testStatusProperty().get()).isEqualTo("Every step was measured.");
        assertThat(viewModel.canStartProperty().get()).isTrue();
    }

    @Test
    void aTestThatBrokeAtOnceSaysSo() {
        String id = started();
        capacity.measure(id, new CapacityPoint(10, 9.5, 50, 1, 40, 75, 90));
        runUi();

        assertThat(viewModel.kneeProperty().get())
                .isEqualTo("Broke the objective already at the first rate, 10 offered: p95 75 ms, 2.0 % errors.");
        assertThat(viewModel.tests().get(0).sustained()).isEqualTo("none");
    }

    @Test
    void stopAsksThePlatformAndKeepsWhatWasMeasured() {
        String id = started();
        capacity.measure(id, step(10, 10, 12));
        runUi();

        viewModel.stop();
        runUi();

        assertThat(capacity.stops).containsExactly(id);
        assertThat(viewModel.testProperty().get().state()).isEqualTo(CapacityTestState.STOPPED);
        assertThat(viewModel.testProperty().get().points()).hasSize(1);
        assertThat(viewModel.canStopProperty().get()).isFalse();
        assertThat(viewModel.canStartProperty().get()).isTrue();
        assertThat(viewModel.tests()).extracting(CapacityRow::state).containsExactly("stopped");
    }

    @Test
    void theSavedTestsAreListedNewestFirstAndChoosingOneShowsIt() {
        CapacityTest older = saved("load-a", 0, "dana", List.of(step(10, 10, 12), step(200, 150, 90)));
        CapacityTest newer = saved("load-b", 30, "erin", List.of(step(10, 10, 11)));
        viewModel.refresh();
        runUi();

        assertThat(viewModel.tests()).extracting(CapacityRow::id).containsExactly(newer.id(), older.id());
        assertThat(viewModel.tests()).extracting(CapacityRow::by).containsExactly("erin", "dana");
        assertThat(viewModel.testProperty().get()).as("none chosen yet").isNull();

        viewModel.choose(viewModel.tests().get(1));
        runUi();
        assertThat(viewModel.testProperty().get()).isEqualTo(older);
        assertThat(viewModel.kneeProperty().get()).startsWith("Keeps p95 ≤ 50 ms up to 10 requests/s");
        assertThat(viewModel.canStopProperty().get()).isFalse();
    }

    private CapacityTest saved(String id, int minutes, String by, List<CapacityPoint> points) {
        CapacityTest test = new CapacityTest(id, MlopsRecords.DEPLOYMENT, DEFAULT_PLAN, CapacityTestState.FINISHED, by,
                ScriptedCapacity.FIRST_START.minus(Duration.ofHours(1)).plus(Duration.ofMinutes(minutes)),
                ScriptedCapacity.FIRST_START, points, null);
        capacity.saved(test);
        return test;
    }

    @Test
    void aFailureOfThePlatformIsSaidPlainlyAndTheFormIsKept() {
        viewModel.sloMillisProperty().set("80");
        capacity.failNextStart(PlatformException.invalid("A load test already runs on this engine: wait for it to end."));

        viewModel.start();
        runUi();

        assertThat(viewModel.errorProperty().get()).isEqualTo("A load test already runs on this engine: wait for it to end.");
        assertThat(viewModel.testProperty().get()).isNull();
        assertThat(viewModel.sloMillisProperty().get()).isEqualTo("80");
        assertThat(viewModel.canStartProperty().get()).isTrue();

        viewModel.start();
        runUi();
        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(capacity.starts).hasSize(2).last().extracting(s -> s.plan().sloMillis()).isEqualTo(80.0);
    }
}
