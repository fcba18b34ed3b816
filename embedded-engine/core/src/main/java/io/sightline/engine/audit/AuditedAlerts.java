package io.sightline.engine.audit;

import static io.sightline.engine.audit.AuditTrail.state;

import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertRule;
import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.Alerts;
import io.sightline.engine.api.NotificationChannel;
import io.sightline.engine.api.NotificationSettings;
import io.sightline.engine.api.NotificationTrial;
import io.sightline.engine.api.RuleTrial;
import java.util.List;
import java.util.Objects;

/**
 * Alerts whose rules saved and deleted, alerts acknowledged and resolved, and notification settings changed are
 * recorded in the audit log. Of the settings only where notifications go is recorded, never a password.
 */
final class AuditedAlerts implements Alerts {
    private final Alerts alerts;
    private final AuditTrail trail;

    AuditedAlerts(Alerts alerts, AuditTrail trail) {
        this.alerts = alerts;
        this.trail = trail;
    }

    @Override
    public List<AlertRule> alertRules() {
        return alerts.alertRules();
    }

    @Override
    public AlertRule saveAlertRule(AlertRuleSpec spec) {
        AlertRuleSpec before = rule(rule -> rule.spec().name().equals(spec.name()));
        return trail.record("alert-rule.save", "alert rule " + spec.name(), null, before,
                () -> alerts.saveAlertRule(spec), AlertRule::spec);
    }

    @Override
    public RuleTrial tryAlertRule(AlertRuleSpec spec) {
        return alerts.tryAlertRule(spec);
    }

    @Override
    public void deleteAlertRule(String ruleId) {
        AlertRuleSpec before = rule(rule -> rule.id().equals(ruleId));
        trail.record("alert-rule.delete", "alert rule " + (before == null ? ruleId : before.name()), before,
                () -> alerts.deleteAlertRule(ruleId));
    }

    private AlertRuleSpec rule(java.util.function.Predicate<AlertRule> which) {
        return alerts.alertRules().stream().filter(which).map(AlertRule::spec).findFirst().orElse(null);
    }

    @Override
    public List<Alert> alerts(boolean includeResolved) {
        return alerts.alerts(includeResolved);
    }

    @Override
    public Alert acknowledgeAlert(String alertId, String by) {
        return trail.record("alert.acknowledge", "alert " + alertId, by, stateBefore(alertId),
                () -> alerts.acknowledgeAlert(alertId, by), AuditedAlerts::stateOf);
    }

    @Override
    public Alert resolveAlert(String alertId, String by) {
        return trail.record("alert.resolve", "alert " + alertId, by, stateBefore(alertId),
                () -> alerts.resolveAlert(alertId, by), AuditedAlerts::stateOf);
    }

    private Object stateBefore(String alertId) {
        return alerts.alerts(true).stream().filter(alert -> alert.id().equals(alertId)).findFirst()
                .map(AuditedAlerts::stateOf).orElse(null);
    }

    private static Object stateOf(Alert alert) {
        return state("rule", alert.ruleName(), "deployment", alert.deployment(), "state", alert.state());
    }

    @Override
    public NotificationSettings notificationSettings() {
        return alerts.notificationSettings();
    }

    @Override
    public NotificationSettings updateNotificationSettings(NotificationSettings settings) {
        return trail.record("notifications.update", "notification settings", null,
                destinations(alerts.notificationSettings()), () -> alerts.updateNotificationSettings(settings),
                AuditedAlerts::destinations);
    }

    private static Object destinations(NotificationSettings settings) {
        return state("webhook", settings.webhookUrl() != null && !settings.webhookUrl().isBlank(),
                "smtpHost", Objects.requireNonNullElse(settings.smtpHost(), ""), "mailTo", settings.mailTo());
    }

    @Override
    public NotificationTrial sendTestNotification(NotificationChannel channel, NotificationSettings settings) {
        return alerts.sendTestNotification(channel, settings);
    }
}
