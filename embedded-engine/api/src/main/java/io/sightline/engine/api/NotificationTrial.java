package io.sightline.engine.api;

/**
 * The outcome of one test message sent through a notification channel: whether it was delivered, and in plain
 * words where it went or why it did not arrive (connection refused, the mail server's answer…).
 */
public record NotificationTrial(NotificationChannel channel, boolean delivered, String message) {
}
