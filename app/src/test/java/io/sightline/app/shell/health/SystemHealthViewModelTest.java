package io.sightline.app.shell.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.app.task.QueuedTaskExecutor;
import io.sightline.engine.api.ComponentHealth;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.Health;
import io.sightline.engine.api.HealthStatus;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PlatformInfo;
import io.sightline.engine.api.PlatformStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SystemHealthViewModelTest {
    private static final long GB = 1L << 30;

    private final AtomicLong clock = new AtomicLong();
    private HostSample host = new HostSample(0.25, 16 * GB, 12 * GB, 500 * GB, 400 * GB);

    /** An engine whose health the test scripts; each check takes {@code millis} on the test's clock. */
    private final class Engine implements PlatformStatus {
        volatile Health health = Health.of(List.of(new ComponentHealth("database", HealthStatus.GREEN, "ok")));
        long millis = 12;
        final String location;

        Engine(String location) {
            this.location = location;
        }

        @Override
        public PlatformInfo info() {
            return new PlatformInfo("embedded", location, "0.1.0");
        }

        @Override
        public Health health() {
            clock.addAndGet(millis * 1_000_000);
            if (health == null) {
                throw new PlatformException(ErrorCode.UNAVAILABLE, "The database does not answer.");
            }
            return health;
        }
    }

    private final Engine engine = new Engine("/data/sightline");

    private SystemHealthViewModel watching(Engine platform) {
        SystemHealthViewModel model = new SystemHealthViewModel(new CurrentThreadTaskExecutor(), () -> host, clock::get);
        model.attach(platform);
        return model;
    }

    @Test
    void aHealthyEngineShowsItsComponentsWhoItIsAndHowLongTheCheckTook() {
        engine.health = Health.of(List.of(new ComponentHealth("database", HealthStatus.GREEN, "answers in 80 µs"),
                new ComponentHealth("event stream", HealthStatus.GREEN, "2 listener(s)")));

        SystemHealthViewModel model = watching(engine);

        assertThat(model.statusProperty().get()).isEqualTo(HealthStatus.GREEN);
        assertThat(model.summaryProperty().get()).isEqualTo("Healthy");
        assertThat(model.components()).extracting(ComponentHealth::component).containsExactly("database", "event stream");
        assertThat(model.infoProperty().get().location()).isEqualTo("/data/sightline");
        assertThat(model.roundTripProperty().get()).isEqualTo(Duration.ofMillis(12));
        assertThat(model.recentFailuresProperty().get()).isZero();
    }

    @Test
    void theWorstComponentDecidesAndTheSummaryNamesWhatSuffers() {
        engine.health = Health.of(List.of(new ComponentHealth("database", HealthStatus.GREEN, "ok"),
                new ComponentHealth("disk", HealthStatus.YELLOW, "5% free")));

        SystemHealthViewModel model = watching(engine);

        assertThat(model.statusProperty().get()).isEqualTo(HealthStatus.YELLOW);
        assertThat(model.summaryProperty().get()).isEqualTo("Degraded: disk — 5% free");
        assertThat(SystemHealthViewModel.word(HealthStatus.RED)).isEqualTo("Failing");
    }

    @Test
    void anEngineThatDoesNotAnswerIsRedWithItsMessageAndItsOldComponentsAreNotShownAsCurrent() {
        SystemHealthViewModel model = watching(engine);
        assertThat(model.components()).hasSize(1);

        engine.health = null;
        model.refresh();
        model.refresh();

        assertThat(model.statusProperty().get()).isEqualTo(HealthStatus.RED);
        assertThat(model.summaryProperty().get()).isEqualTo("Not answering: The database does not answer.");
        assertThat(model.components()).isEmpty();
        assertThat(model.recentFailuresProperty().get()).isEqualTo(2);
    }

    @Test
    void failuresAreCountedOverTheLastFiveChecksOnly() {
        engine.health = null;
        SystemHealthViewModel model = watching(engine);
        for (int i = 0; i < 3; i++) {
            model.refresh();
        }
        assertThat(model.recentFailuresProperty().get()).isEqualTo(4);

        engine.health = Health.of(List.of(new ComponentHealth("database", HealthStatus.GREEN, "ok")));
        for (int i = 0; i < 3; i++) {
            model.refresh();
        }
        assertThat(model.recentFailuresProperty().get()).isEqualTo(2);
    }

    @Test
    void thisComputersFiguresAreWrittenOutAndAKeptHistoryNeverGrowsPastItsLength() {
        SystemHealthViewModel model = watching(engine);

        assertThat(model.cpuTextProperty().get()).isEqualTo("CPU 25 %");
        assertThat(model.memoryTextProperty().get()).isEqualTo("Memory 4.0 GB of 16.0 GB (25 %)");
        assertThat(model.diskTextProperty().get()).isEqualTo("Disk 100.0 GB of 500.0 GB used (20 %)");
        assertThat(model.hostSummaryProperty().get()).isEqualTo("CPU 25 % · memory 25 % · disk 20 %");

        for (int i = 0; i < SystemHealthViewModel.HISTORY_LENGTH + 15; i++) {
            host = new HostSample(i / 100.0, 16 * GB, 12 * GB, 500 * GB, 400 * GB);
            model.refresh();
        }
        assertThat(model.cpuHistory()).hasSize(SystemHealthViewModel.HISTORY_LENGTH);
        assertThat(model.cpuHistory().get(SystemHealthViewModel.HISTORY_LENGTH - 1)).isCloseTo(74.0,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(model.memoryHistory()).hasSize(SystemHealthViewModel.HISTORY_LENGTH).containsOnly(25.0);
    }

    @Test
    void aProcessorLoadNotYetMeasuredIsADashAndLeavesAGapInTheHistory() {
        host = new HostSample(Double.NaN, 16 * GB, 12 * GB, 500 * GB, 400 * GB);

        SystemHealthViewModel model = watching(engine);

        assertThat(model.cpuTextProperty().get()).isEqualTo("CPU —");
        assertThat(model.cpuHistory()).isEmpty();
        assertThat(model.memoryHistory()).containsExactly(25.0);
    }

    @Test
    void aComputerThatCannotBeMeasuredSaysSoAndTheEngineIsStillChecked() {
        SystemHealthViewModel model = new SystemHealthViewModel(new CurrentThreadTaskExecutor(), () -> {
            throw new IllegalStateException("no /proc here");
        }, clock::get);

        model.attach(engine);

        assertThat(model.hostSummaryProperty().get()).isEqualTo("This computer could not be measured");
        assertThat(model.statusProperty().get()).isEqualTo(HealthStatus.GREEN);
    }

    @Test
    void anAnswerFromThePlatformTheConsoleLeftIsDroppedAndTheNewOneIsAsked() {
        QueuedTaskExecutor tasks = new QueuedTaskExecutor();
        SystemHealthViewModel model = new SystemHealthViewModel(tasks, () -> host, clock::get);
        Engine other = new Engine("https://prod.example.com");
        model.attach(engine);

        model.attach(other);
        tasks.runNext(); // the check of the engine left behind finishes now, and asks the new one

        assertThat(model.infoProperty().get()).isNull();
        assertThat(model.summaryProperty().get()).isEqualTo("Checking the engine…");
        tasks.runAll();
        assertThat(model.infoProperty().get().location()).isEqualTo("https://prod.example.com");
    }

    @Test
    void onceClosedARefreshAsksNothing() {
        QueuedTaskExecutor tasks = new QueuedTaskExecutor();
        SystemHealthViewModel model = new SystemHealthViewModel(tasks, () -> host, clock::get);
        model.attach(engine);
        tasks.runAll();

        model.close();
        model.refresh();

        assertThat(tasks.waiting()).isZero();
    }
}
