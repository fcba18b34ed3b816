package io.sightline.engine.alert;

import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertRule;
import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.Alerts;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.Monitoring;
import io.sightline.engine.api.NotificationChannel;
import io.sightline.engine.api.NotificationSettings;
import io.sightline.engine.api.NotificationTrial;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RuleTrial;
import java.time.Duration;
import java.util.List;

/** Alerts in this engine: rules on existing deployments, evaluated by the alert engine, notified per settings. */
public final class LocalAlerts implements Alerts {
    private final AlertEngine engine;
    private final NotificationSettingsStore notificationSettings;
    private final ChannelNotifier notifier;
    private final Deployments deployments;

    public LocalAlerts(AlertEngine engine, NotificationSettingsStore notificationSettings, ChannelNotifier notifier,
                       Deployments deployments) {
        this.engine = engine;
        this.notificationSettings = notificationSettings;
        this.notifier = notifier;
        this.deployments = deployments;
    }

    /** What a rule that retrains does: train a challenger on the rule's window, and at least the last hour. */
    public static AlertEngine.Retrainer retrainingThrough(Monitoring monitoring, Duration shortestWindow) {
        return rule -> monitoring.retrain(rule.deployment(), longest(rule.window(), shortestWindow)).id();
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public List<AlertRule> alertRules() {
        return engine.rules();
    }

    @Override
    public AlertRule saveAlertRule(AlertRuleSpec spec) {
        requireKnownDeployment(spec);
        return engine.save(spec);
    }

    @Override
    public RuleTrial tryAlertRule(AlertRuleSpec spec) {
        requireKnownDeployment(spec);
        return engine.trial(spec);
    }

    /** A rule that names a deployment must name one that exists. */
    private void requireKnownDeployment(AlertRuleSpec spec) {
        if (spec != null && spec.deployment() != null && !spec.deployment().isBlank()) {
            deployments.deployment(spec.deployment());
        }
    }

    @Override
    public void deleteAlertRule(String ruleId) {
        engine.delete(ruleId, "rule deleted");
    }

    @Override
    public List<Alert> alerts(boolean includeResolved) {
        return engine.alerts(includeResolved);
    }

    @Override
    public Alert acknowledgeAlert(String alertId, String by) {
        return engine.acknowledge(alertId, by);
    }

    @Override
    public Alert resolveAlert(String alertId, String by) {
        return engine.resolve(alertId, by);
    }

    @Override
    public NotificationSettings notificationSettings() {
        return notificationSettings.settings();
    }

    @Override
    public NotificationSettings updateNotificationSettings(NotificationSettings settings) {
        return notificationSettings.update(settings);
    }

    @Override
    public NotificationTrial sendTestNotification(NotificationChannel channel, NotificationSettings settings) {
        if (channel == null) {
            throw PlatformException.invalid("Say which channel to test: WEBHOOK or EMAIL.");
        }
        return notifier.sendTest(channel, notificationSettings.toTry(settings));
    }
}
