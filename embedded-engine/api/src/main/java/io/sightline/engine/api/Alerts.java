package io.sightline.engine.api;

import java.util.List;

/** Alert rules over the monitored figures, the alerts they raise, and where notifications go. */
public interface Alerts {

    List<AlertRule> alertRules();

    /** Creates a rule, or replaces the one with the same name. */
    AlertRule saveAlertRule(AlertRuleSpec spec);

    void deleteAlertRule(String ruleId);

    /** Alerts newest first; resolved ones only with {@code includeResolved}. */
    List<Alert> alerts(boolean includeResolved);

    Alert acknowledgeAlert(String alertId, String by);

    Alert resolveAlert(String alertId, String by);

    NotificationSettings notificationSettings();

    NotificationSettings updateNotificationSettings(NotificationSettings settings);
}
