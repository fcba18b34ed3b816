package io.sightline.app.workspace.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.shell.DataOrigin;
import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.app.task.ManualScheduler;
import io.sightline.app.task.UiTiming;
import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertSeverity;
import io.sightline.engine.api.AlertState;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.sentence.SellerRiskSchema;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RiskViewModelTest {
    private final RiskPlatform platform = new RiskPlatform();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<List<Alert>> notified = new ArrayList<>();
    private final RiskViewModel risk = viewModel(platform);

    private RiskViewModel viewModel(RiskPlatform on) {
        return new RiskViewModel(on, new CurrentThreadTaskExecutor(),
                new UiTiming(scheduler, scheduler.now::get, InstantSource.fixed(RiskRecords.NOW)),
                notified::add, "carol", DataOrigin.SIMULATED);
    }

    private void showAndSettle() {
        risk.activate();
        scheduler.runPending();
    }

    @Test
    void liveDeploymentsComeFirstAndTheFirstIsWatched() {
        platform.deployments = List.of(RiskRecords.deployment("a-stopped", DeploymentState.STOPPED),
                RiskRecords.deployment("seller-risk", DeploymentState.LIVE),
                RiskRecords.deployment("b-live", DeploymentState.LIVE));
        showAndSettle();

        assertThat(risk.deployments()).containsExactly("b-live", "seller-risk", "a-stopped");
        assertThat(risk.selectedProperty().get()).isEqualTo("b-live");
    }

    @Test
    void theChosenDeploymentsModelAndPositiveLabelReachEveryPart() {
        showAndSettle();

        DeploymentFacts facts = risk.factsProperty().get();
        assertThat(facts.deployment()).isEqualTo(RiskRecords.DEPLOYMENT);
        assertThat(facts.positiveLabel()).isEqualTo("yes");
        assertThat(facts.schema().inputs()).hasSize(SellerRiskSchema.inputs().size());
        risk.strategies().sentenceProperty().set("review orders with risk score above 0.9");
        risk.strategies().understand();
        assertThat(risk.strategies().pendingProperty().get()).isNotNull();

        risk.monitor().poll();
        scheduler.now.addAndGet(MonitorViewModel.MIN_APPLY_INTERVAL_MILLIS);
        scheduler.runPending();
        assertThat(risk.monitor().snapshotProperty().get().deployment()).isEqualTo(RiskRecords.DEPLOYMENT);
    }

    @Test
    void withoutDeploymentsItSaysHowToGetOne() {
        platform.deployments = List.of();
        showAndSettle();

        assertThat(risk.selectedProperty().get()).isNull();
        assertThat(risk.emptyProperty().get()).startsWith("No deployment yet");
    }

    @Test
    void alertEventsReachTheAlertCenterAndDeploymentEventsReloadTheList() {
        showAndSettle();
        Alert fired = RiskRecords.alert("a1", AlertState.FIRING, AlertSeverity.CRITICAL, RiskRecords.NOW);
        platform.alerts = List.of(fired);
        platform.listener.accept(new PlatformEvent.AlertChanged(8, RiskRecords.NOW, fired));
        platform.deployments = List.of(RiskRecords.deployment("seller-risk", DeploymentState.LIVE),
                RiskRecords.deployment("seller-risk-canary", DeploymentState.LIVE));
        platform.listener.accept(new PlatformEvent.DeploymentChanged(9, RiskRecords.NOW, "seller-risk-canary",
                "seller-risk", 4, DeploymentState.LIVE));
        scheduler.now.addAndGet(5_000);
        scheduler.runPending();

        assertThat(notified).containsExactly(List.of(fired));
        assertThat(risk.alerts().open()).extracting(AlertRow::id).containsExactly("a1");
        assertThat(risk.deployments()).containsExactly("seller-risk", "seller-risk-canary");
        assertThat(risk.selectedProperty().get()).isEqualTo("seller-risk");
    }

    @Test
    void leavingTheScreenClosesTheSubscription() {
        showAndSettle();
        assertThat(platform.listener).isNotNull();

        risk.deactivate();

        assertThat(platform.listener).isNull();
    }

    @Test
    void aRefusedSubscriptionIsSaidAndTheListsStillLoad() {
        RiskPlatform refusing = new RiskPlatform() {
            @Override
            public EventSubscription subscribe(long sinceId, Consumer<PlatformEvent> newListener) {
                throw new PlatformException(ErrorCode.UNAVAILABLE, "The event stream is not available.");
            }
        };
        RiskViewModel offline = viewModel(refusing);
        offline.activate();
        scheduler.runPending();

        assertThat(offline.liveErrorProperty().get()).startsWith("Live updates are off: The event stream is not"
                + " available.");
        assertThat(offline.deployments()).containsExactly(RiskRecords.DEPLOYMENT);
    }
}
