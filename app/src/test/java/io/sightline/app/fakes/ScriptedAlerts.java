package io.sightline.app.fakes;

import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertRule;
import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.Alerts;
import io.sightline.engine.api.NotificationChannel;
import io.sightline.engine.api.NotificationSettings;
import io.sightline.engine.api.NotificationTrial;
import io.sightline.engine.api.RuleTrial;
import java.util.List;

/** Alerts of which every call fails until a test overrides the ones it scripts. */
public interface ScriptedAlerts extends Alerts {

    @Override
    default List<AlertRule> alertRules() {
        throw Unscripted.call("Alerts", "alertRules");
    }

    @Override
    default AlertRule saveAlertRule(AlertRuleSpec spec) {
        throw Unscripted.call("Alerts", "saveAlertRule");
    }

    @Override
    default RuleTrial tryAlertRule(AlertRuleSpec spec) {
        throw Unscripted.call("Alerts", "tryAlertRule");
    }

    @Override
    default void deleteAlertRule(String ruleId) {
        throw Unscripted.call("Alerts", "deleteAlertRule");
    }

    @Override
    default List<Alert> alerts(boolean includeResolved) {
        throw Unscripted.call("Alerts", "alerts");
    }

    @Override
    default Alert acknowledgeAlert(String alertId, String by) {
        throw Unscripted.call("Alerts", "acknowledgeAlert");
    }

    @Override
    default Alert resolveAlert(String alertId, String by) {
        throw Unscripted.call("Alerts", "resolveAlert");
    }

    @Override
    default NotificationSettings notificationSettings() {
        throw Unscripted.call("Alerts", "notificationSettings");
    }

    @Override
    default NotificationSettings updateNotificationSettings(NotificationSettings settings) {
        throw Unscripted.call("Alerts", "updateNotificationSettings");
    }

    @Override
    default NotificationTrial sendTestNotification(NotificationChannel channel, NotificationSettings settings) {
        throw Unscripted.call("Alerts", "sendTestNotification");
    }
}
