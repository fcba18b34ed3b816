package io.sightline.engine.api;

import java.util.List;

/** Alert rules over the monitored figures, the alerts they raise, and where notifications go. */
public interface Alerts {

    List<AlertRule> alertRules();

    /** Creates a rule, or replaces the one with the same name. */
    AlertRule saveAlertRule(AlertRuleSpec spec);

    /**
     * Evaluates a rule against the deployment's current figures exactly as a saved rule is evaluated, without
     * saving it or raising an alert; the name may still be blank.
     */
    RuleTrial tryAlertRule(AlertRuleSpec spec);

    void deleteAlertRule(String ruleId);

    /** Alerts newest first; resolved ones only with {@code includeResolved}. */
    List<Alert> alerts(boolean includeResolved);

    Alert acknowledgeAlert(String alertId, String by);

    Alert resolveAlert(String alertId, String by);

    NotificationSettings notificationSettings();

    NotificationSettings updateNotificationSettings(NotificationSettings settings);

    /**
     * Sends one test message through a channel of {@code settings} now, once, with a short timeout, and says
     * whether it arrived; nothing is saved. {@code settings} may be the saved ones or ones being edited; a blank
     * SMTP password with {@code smtpPasswordSet} means the stored password, as when saving.
     */
    NotificationTrial sendTestNotification(NotificationChannel channel, NotificationSettings settings);
}
