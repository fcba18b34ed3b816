package io.sightline.engine.api;

/** A way alerts reach people outside the console, as configured in {@link NotificationSettings}. */
public enum NotificationChannel {
    /** The Slack-compatible webhook. */
    WEBHOOK,
    /** E-mail through the SMTP server. */
    EMAIL
}
