package io.sightline.app.workspace.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.app.task.ManualScheduler;
import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertSeverity;
import io.sightline.engine.api.AlertState;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertCenterViewModelTest {
    private static final Instant NOW = RiskRecords.NOW;
    private final RiskPlatform platform = new RiskPlatform();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<List<Alert>> notified = new ArrayList<>();
    private final AlertCenterViewModel center = new AlertCenterViewModel(platform, new CurrentThreadTaskExecutor(),
            scheduler, scheduler.now::get, InstantSource.fixed(NOW), notified::add, "carol");

    private final Alert firing = RiskRecords.alert("a1", AlertState.FIRING, AlertSeverity.CRITICAL,
            NOW.minusSeconds(12 * 60));
    private final Alert acknowledged = RiskRecords.alert("a2", AlertState.ACKNOWLEDGED, AlertSeverity.WARNING,
            NOW.minusSeconds(3 * 3600 + 5 * 60));
    private final Alert resolved = RiskRecords.alert("a3", AlertState.RESOLVED, AlertSeverity.INFO,
            NOW.minusSeconds(5 * 86_400));

    private void loadAll() {
        platform.alerts = List.of(acknowledged, resolved, firing);
        center.refresh();
        scheduler.runPending();
    }

    @Test
    void openAlertsListFiringFirstAndResolvedOnesGoToTheHistory() {
        loadAll();

        assertThat(center.open()).extracting(AlertRow::id).containsExactly("a1", "a2");
        assertThat(center.history()).extracting(AlertRow::id).containsExactly("a3");
        assertThat(center.loadedProperty().get()).isTrue();
    }

    @Test
    void eachRowSaysItsStateSeverityValueAgeAndWhoHandledIt() {
        loadAll();
        AlertRow first = center.open().get(0);
        AlertRow second = center.open().get(1);
        AlertRow old = center.history().get(0);

        assertThat(first.state()).isEqualTo("Firing");
        assertThat(first.severity()).isEqualTo("Critical");
        assertThat(first.reading()).isEqualTo("0.61 (threshold 0.7)");
        assertThat(first.age()).isEqualTo("12 min");
        assertThat(first.handledBy()).isEmpty();
        assertThat(second.state()).isEqualTo("Acknowledged");
        assertThat(second.age()).isEqualTo("3 h 05 min");
        assertThat(second.handledBy()).startsWith("acknowledged by alice, ");
        assertThat(old.age()).isEqualTo("5 days");
        assertThat(old.handledBy()).startsWith("resolved by bob, ");
    }

    @Test
    void acknowledgingAndResolvingAreDoneInTheDesksNameAndReload() {
        loadAll();
        center.acknowledge(center.open().get(0));
        center.resolve(center.open().get(1));

        assertThat(platform.calls).containsExactly("acknowledge a1 by carol", "resolve a2 by carol");
        assertThat(scheduler.pending).as("a reload is asked for").isNotEmpty();
    }

    @Test
    void onlyAFiringAlertCanBeAcknowledgedAndOnlyAnOpenOneResolved() {
        loadAll();
        center.acknowledge(center.open().get(1));
        center.resolve(center.history().get(0));

        assertThat(platform.calls).isEmpty();
        assertThat(center.open().get(0).canAcknowledge()).isTrue();
        assertThat(center.open().get(1).canAcknowledge()).isFalse();
        assertThat(center.open().get(1).canResolve()).isTrue();
        assertThat(center.history().get(0).canResolve()).isFalse();
    }

    @Test
    void aRefusedAcknowledgementIsSaidInPlainWords() {
        RiskPlatform refusing = new RiskPlatform() {
            @Override
            public Alert acknowledgeAlert(String alertId, String by) {
                throw new PlatformException(ErrorCode.CONFLICT, "This alert was resolved meanwhile.");
            }
        };
        AlertCenterViewModel refused = new AlertCenterViewModel(refusing, new CurrentThreadTaskExecutor(), scheduler,
                scheduler.now::get, InstantSource.fixed(NOW), notified::add, "carol");
        refusing.alerts = List.of(firing);
        refused.refresh();
        scheduler.runPending();

        refused.acknowledge(refused.open().get(0));

        assertThat(refused.actionErrorProperty().get()).isEqualTo("This alert was resolved meanwhile.");
        assertThat(refused.busyProperty().get()).isFalse();
    }

    @Test
    void aFiringEventNotifiesAndReloads() {
        platform.alerts = List.of(firing);
        center.onAlertChanged(new PlatformEvent.AlertChanged(8, NOW, firing));
        scheduler.runPending();

        assertThat(notified).containsExactly(List.of(firing));
        assertThat(center.open()).extracting(AlertRow::id).containsExactly("a1");
    }

    @Test
    void acknowledgementsAndResolutionsDoNotNotify() {
        center.onAlertChanged(new PlatformEvent.AlertChanged(8, NOW, acknowledged));
        center.onAlertChanged(new PlatformEvent.AlertChanged(9, NOW, resolved));
        scheduler.runPending();

        assertThat(notified).isEmpty();
    }

    @Test
    void aStormOfFiringAlertsBecomesOneNotificationAndOneReload() {
        List<Alert> storm = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            storm.add(RiskRecords.alert("s" + i, AlertState.FIRING, AlertSeverity.WARNING, NOW));
        }
        platform.alerts = storm;
        for (int i = 0; i < storm.size(); i++) {
            center.onAlertChanged(new PlatformEvent.AlertChanged(10 + i, NOW, storm.get(i)));
        }

        assertThat(scheduler.pending).as("one reload and one notification scheduled").hasSize(2);
        scheduler.runPending();
        assertThat(notified).hasSize(1);
        assertThat(notified.get(0)).hasSize(50);
        assertThat(center.open()).hasSize(50);
    }

    @Test
    void alertsThatFireSoonAfterANotificationWaitForTheNextOne() {
        center.onAlertChanged(new PlatformEvent.AlertChanged(8, NOW, firing));
        scheduler.runPending();
        scheduler.delays.clear();
        Alert later = RiskRecords.alert("a9", AlertState.FIRING, AlertSeverity.CRITICAL, NOW);
        center.onAlertChanged(new PlatformEvent.AlertChanged(9, NOW, later));

        assertThat(scheduler.delays).containsExactlyInAnyOrder(AlertCenterViewModel.MIN_NOTICE_INTERVAL_MILLIS,
                AlertCenterViewModel.MIN_RELOAD_INTERVAL_MILLIS);
        scheduler.runPending();
        assertThat(notified).containsExactly(List.of(firing), List.of(later));
    }
}
