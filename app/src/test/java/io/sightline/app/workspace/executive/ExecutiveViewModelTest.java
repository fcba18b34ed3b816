package io.sightline.app.workspace.executive;

import io.sightline.app.shell.DataOrigin;
import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.app.task.ManualScheduler;
import io.sightline.app.task.UiTiming;
import io.sightline.app.workspace.RecentPeriod;
import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertSeverity;
import io.sightline.engine.api.AlertState;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class ExecutiveViewModelTest {
    private final ExecutivePlatform platform = new ExecutivePlatform();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final ExecutiveViewModel executive = viewModel(platform);

    private ExecutiveViewModel viewModel(ExecutivePlatform on) {
        return new ExecutiveViewModel(on, new CurrentThreadTaskExecutor(), new UiTiming(scheduler, scheduler.now::get,
                InstantSource.fixed(ExecutiveRecords.NOW)), DataOrigin.OWN);
    }

    @Test
    void showingTheWorkspaceReadsEveryFigure() {
        executive.activate();
        scheduler.runPending();

        assertThat(executive.kpis()).hasSize(KpiKind.values().length);
        assertThat(executive.kpis().get(0).value()).isEqualTo("60.0 %");
        assertThat(executive.updatedProperty().get()).startsWith("Updated ");
        assertThat(platform.performanceWindows).containsExactly(Duration.ofDays(1), Duration.ofDays(2),
                Duration.ofDays(1), Duration.ofDays(2));
    }

    @Test
    void anotherPeriodIsReadForTheRatesAndTheOneBefore() {
        executive.activate();
        scheduler.runPending();
        platform.performanceWindows.clear();
        scheduler.now.addAndGet(10_000);

        executive.periodProperty().set(RecentPeriod.ONE_HOUR);
        scheduler.runPending();

        assertThat(platform.performanceWindows).containsExactly(Duration.ofHours(1), Duration.ofHours(2),
                Duration.ofHours(1), Duration.ofHours(2));
        assertThat(executive.kpis().get(0).covers()).isEqualTo("last hour");
    }

    @Test
    void deploymentsVersionsAndTrainingsReloadTheFiguresAlertsDoNot() {
        assertThat(ExecutiveViewModel.matters(new PlatformEvent.DeploymentChanged(1, ExecutiveRecords.NOW, "A", "m-a",
                4, DeploymentState.LIVE))).isTrue();
        assertThat(ExecutiveViewModel.matters(new PlatformEvent.ModelVersionRegistered(2, ExecutiveRecords.NOW, "m-a",
                4))).isTrue();
        Alert alert = new Alert("a", "r", "rule", "A", AlertState.FIRING, AlertSeverity.INFO, 1, 2, "m",
                ExecutiveRecords.NOW, null, null, null, null, null);
        assertThat(ExecutiveViewModel.matters(new PlatformEvent.AlertChanged(3, ExecutiveRecords.NOW, alert)))
                .isFalse();

        executive.activate();
        scheduler.runPending();
        int before = platform.deploymentLoads;
        platform.listener.accept(new PlatformEvent.DeploymentChanged(4, ExecutiveRecords.NOW, "A", "m-a", 4,
                DeploymentState.LIVE));
        scheduler.now.addAndGet(ExecutiveViewModel.MIN_RELOAD_INTERVAL_MILLIS);
        scheduler.runPending();
        assertThat(platform.deploymentLoads).isEqualTo(before + 1);
    }

    @Test
    void aPlatformWithoutMonitoringStillShowsTheDeliveryFigures() {
        ExecutivePlatform early = new ExecutivePlatform() {
            @Override
            public PerformanceReport performance(String deploymentName, Duration window) {
                throw new PlatformException(ErrorCode.UNAVAILABLE, "Performance monitoring is not available in this"
                        + " engine yet.");
            }
        };
        ExecutiveViewModel onEarly = viewModel(early);
        onEarly.activate();
        scheduler.runPending();

        assertThat(onEarly.kpis()).hasSize(KpiKind.values().length);
        assertThat(onEarly.kpis().get(0).value()).isEqualTo(Kpi.NOT_ENOUGH_DATA);
        assertThat(onEarly.kpis().get(0).trend()).endsWith("Performance monitoring is not available in this engine"
                + " yet.");
        assertThat(onEarly.kpis().get(3).value()).isEqualTo("2");
        assertThat(onEarly.errorProperty().get()).isEmpty();
    }

    @Test
    void aPlatformThatCannotListDeploymentsSaysWhy() {
        ExecutivePlatform down = new ExecutivePlatform() {
            @Override
            public List<Deployment> deployments() {
                throw new PlatformException(ErrorCode.UNAVAILABLE, "The server is not reachable.");
            }
        };
        ExecutiveViewModel onDown = viewModel(down);
        onDown.activate();
        scheduler.runPending();

        assertThat(onDown.kpis()).isEmpty();
        assertThat(onDown.errorProperty().get()).isEqualTo("The server is not reachable.");
        assertThat(onDown.loadingProperty().get()).isFalse();
    }
}
