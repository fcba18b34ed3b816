package io.sightline.app.workspace.risk;

import io.sightline.app.task.ManualScheduler;
import io.sightline.app.workspace.RecentPeriod;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.TrafficReport;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class MonitorViewModelTest {
    private final RiskPlatform platform = new RiskPlatform();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final MonitorViewModel monitor = new MonitorViewModel(platform, scheduler, scheduler.now::get);

    /** Lets the UI thread apply what is due, a while after the last time. */
    private void runUi() {
        scheduler.now.addAndGet(MonitorViewModel.MIN_APPLY_INTERVAL_MILLIS);
        scheduler.runPending();
    }

    @Test
    void aPollBuildsTheSnapshotOffTheUiThreadAndTheUiAppliesIt() {
        monitor.show(RiskRecords.DEPLOYMENT);
        monitor.poll();

        assertThat(monitor.snapshotProperty().get()).as("nothing applied before the UI thread runs").isNull();
        assertThat(monitor.waitingProperty().get()).isTrue();
        runUi();

        assertThat(monitor.waitingProperty().get()).isFalse();
        assertThat(monitor.snapshotProperty().get().predictions()).isEqualTo(570);
        assertThat(monitor.figuresProperty().get().rate()).isEqualTo("16 per second");
    }

    @Test
    void theWindowFitsTheTrafficThereIsUntilTheUserChoosesOne() {
        monitor.show(RiskRecords.DEPLOYMENT);
        monitor.poll();
        runUi();

        // the scripted traffic is under a minute old: an hour would show it as a sliver at the right edge
        assertThat(platform.trafficWindows).containsExactly(Duration.ofHours(1), Duration.ofMinutes(5));
        assertThat(monitor.windowProperty().get()).isEqualTo(RecentPeriod.FIVE_MINUTES);
        assertThat(monitor.snapshotProperty().get().window()).isEqualTo(RecentPeriod.FIVE_MINUTES);

        monitor.windowProperty().set(RecentPeriod.SIX_HOURS);
        monitor.poll();
        runUi();
        assertThat(platform.trafficWindows).endsWith(Duration.ofHours(6));
        assertThat(monitor.windowProperty().get()).isEqualTo(RecentPeriod.SIX_HOURS);
        assertThat(monitor.snapshotProperty().get().window()).isEqualTo(RecentPeriod.SIX_HOURS);
    }

    @Test
    void aFittedWindowGrowsWhenTheTrafficReachesItsStartUpToAnHour() {
        // traffic in every bucket since the report's start: there may be older traffic
        TrafficReport full = RiskRecords.traffic(Duration.ofSeconds(40));
        assertThat(MonitorViewModel.fitted(full, RecentPeriod.FIVE_MINUTES)).isEqualTo(RecentPeriod.FIFTEEN_MINUTES);
        assertThat(MonitorViewModel.fitted(full, RecentPeriod.ONE_HOUR)).isEqualTo(RecentPeriod.ONE_HOUR);

        TrafficReport recent = RiskRecords.traffic(Duration.ofMinutes(15));
        assertThat(MonitorViewModel.fitted(recent, RecentPeriod.FIFTEEN_MINUTES)).isEqualTo(RecentPeriod.FIVE_MINUTES);
    }

    @Test
    void manyPollsBeforeTheUiRunsCostOneUpdateWithTheLatest() {
        monitor.show(RiskRecords.DEPLOYMENT);
        for (int i = 0; i < 20; i++) {
            monitor.poll();
        }
        assertThat(scheduler.pending).hasSize(1);

        platform.withOutcomes = false;
        monitor.poll();
        runUi();
        assertThat(monitor.figuresProperty().get().caught()).isEqualTo("not known yet");
    }

    @Test
    void snapshotsReachTheScreenAtMostTenTimesASecond() {
        monitor.show(RiskRecords.DEPLOYMENT);
        monitor.poll();
        runUi();
        monitor.poll();

        assertThat(scheduler.delays).containsExactly(0L, MonitorViewModel.MIN_APPLY_INTERVAL_MILLIS);
    }

    @Test
    void nothingIsPolledWithoutADeployment() {
        monitor.poll();

        assertThat(platform.trafficWindows).isEmpty();
        assertThat(scheduler.pending).isEmpty();
    }

    @Test
    void aResultForADeploymentNoLongerChosenIsDropped() {
        monitor.show(RiskRecords.DEPLOYMENT);
        monitor.poll();
        monitor.show("other");
        runUi();

        assertThat(monitor.snapshotProperty().get()).isNull();
        assertThat(monitor.waitingProperty().get()).isTrue();
    }

    @Test
    void anotherWindowClearsTheFiguresAndIsAskedForNext() {
        monitor.show(RiskRecords.DEPLOYMENT);
        monitor.poll();
        runUi();
        monitor.windowProperty().set(RecentPeriod.FIFTEEN_MINUTES);

        assertThat(monitor.snapshotProperty().get()).isNull();
        monitor.poll();
        runUi();
        assertThat(platform.trafficWindows).endsWith(Duration.ofMinutes(15));
        assertThat(monitor.snapshotProperty().get().window()).isEqualTo(RecentPeriod.FIFTEEN_MINUTES);
    }

    @Test
    void aFailedPollSaysWhyAndKeepsTheLastFigures() {
        monitor.show(RiskRecords.DEPLOYMENT);
        monitor.poll();
        runUi();
        platform.trafficFailure = new PlatformException(ErrorCode.UNAVAILABLE, "The engine is restarting.");
        monitor.poll();
        runUi();

        assertThat(monitor.errorProperty().get()).isEqualTo("The engine is restarting.");
        assertThat(monitor.snapshotProperty().get()).isNotNull();

        platform.trafficFailure = null;
        monitor.poll();
        runUi();
        assertThat(monitor.errorProperty().get()).isEmpty();
    }
}
