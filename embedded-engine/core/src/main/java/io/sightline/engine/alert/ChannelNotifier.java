package io.sightline.engine.alert;

import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertState;
import io.sightline.engine.api.ComponentHealth;
import io.sightline.engine.api.HealthStatus;
import io.sightline.engine.api.NotificationChannel;
import io.sightline.engine.api.NotificationSettings;
import io.sightline.engine.api.NotificationTrial;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.config.AlertConfig;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import io.sightline.engine.store.Timestamps;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends fired and resolved alerts to the webhook and by e-mail, each on a background thread with retries, and
 * records every delivery (channel, tries, delivered or why not) in the database. Acknowledgements are not
 * sent: the people who would read them are the ones acknowledging. At most {@value #QUEUE_LIMIT} deliveries
 * wait for the two senders, and each gives up {@link #DELIVERY_BUDGET} after its first try: in an alert storm
 * to a slow receiver, further deliveries are dropped and counted, and {@link #health()} says how many.
 */
public final class ChannelNotifier implements Notifier, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelNotifier.class);
    /** The longest a test message may take: someone is waiting for the answer. */
    static final Duration TEST_TIMEOUT = Duration.ofSeconds(5);
    /** The most deliveries waiting for a sender. */
    static final int QUEUE_LIMIT = 100;
    /** No retry starts later than this after a delivery's first try. */
    static final Duration DELIVERY_BUDGET = Duration.ofSeconds(30);

    private final Database database;
    private final NotificationSettingsStore settings;
    private final Retry retry;
    private final WebhookChannel webhook;
    private final MailChannel mail;
    private final WebhookChannel testWebhook;
    private final MailChannel testMail;
    private final AtomicLong dropped = new AtomicLong();
    private final ThreadPoolExecutor senders = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE_LIMIT), Thread.ofPlatform().daemon().name("sightline-notify-", 0).factory(),
            (delivery, pool) -> dropped(pool));

    /**
     * Delivers as {@code config} says: how many tries, the wait before the second, each try's timeout, and to
     * which hosts.
     */
    public ChannelNotifier(Database database, NotificationSettingsStore settings, AlertConfig config) {
        this.database = database;
        this.settings = settings;
        this.retry = new Retry(config.deliveryAttempts(), config.firstRetryDelay(), DELIVERY_BUDGET);
        NotificationTargets targets = new NotificationTargets(config.allowedTargets());
        this.webhook = new WebhookChannel(config.deliveryTimeout(), targets);
        this.mail = new MailChannel(config.deliveryTimeout(), targets);
        Duration testTimeout = config.deliveryTimeout().compareTo(TEST_TIMEOUT) < 0 ? config.deliveryTimeout()
                : TEST_TIMEOUT;
        this.testWebhook = new WebhookChannel(testTimeout, targets);
        this.testMail = new MailChannel(testTimeout, targets);
    }

    private void dropped(ThreadPoolExecutor pool) {
        if (pool.isShutdown()) {
            return;
        }
        long count = dropped.incrementAndGet();
        if (count == 1 || count % QUEUE_LIMIT == 0) {
            LOG.warn("{} alert notification(s) dropped so far: {} deliveries were already waiting", count, QUEUE_LIMIT);
        }
    }

    /** How many deliveries were dropped because too many were already waiting. */
    public long droppedNotifications() {
        return dropped.get();
    }

    /** Whether notifications keep up: yellow once any was dropped, with how many wait now. */
    public ComponentHealth health() {
        long count = dropped.get();
        String detail = senders.getQueue().size() + " notification(s) waiting";
        return count == 0 ? new ComponentHealth("notifications", HealthStatus.GREEN, detail)
                : new ComponentHealth("notifications", HealthStatus.YELLOW, count + " notifications dropped (more "
                + "than " + QUEUE_LIMIT + " were waiting); " + detail);
    }

    @Override
    public void alertChanged(Alert alert) {
        if (alert.state() == AlertState.ACKNOWLEDGED) {
            return;
        }
        NotificationSettings current = settings.withPassword();
        if (!current.webhookUrl().isEmpty()) {
            senders.execute(() -> record(alert, "webhook",
                    retry.run(detail -> webhook.send(current.webhookUrl(), alert, detail))));
        }
        if (!current.smtpHost().isEmpty()) {
            senders.execute(() -> record(alert, "email", retry.run(detail -> mail.send(current, alert, detail))));
        }
    }

    /**
     * Sends one test message through {@code channel} of {@code settings} now, once and without retries, and says
     * whether it was delivered or why not; nothing is recorded. The settings must already hold the password.
     */
    NotificationTrial sendTest(NotificationChannel channel, NotificationSettings settings) {
        StringBuilder detail = new StringBuilder();
        Retry.Outcome outcome = switch (channel) {
            case WEBHOOK -> {
                require(!settings.webhookUrl().isEmpty(), "No webhook address is set: there is nowhere to send to.");
                yield testWebhook.sendTest(settings.webhookUrl(), detail);
            }
            case EMAIL -> {
                require(!settings.smtpHost().isEmpty(), "No SMTP server is set: e-mail cannot be sent.");
                yield testMail.sendTest(settings, detail);
            }
        };
        if (outcome != Retry.Outcome.DELIVERED) {
            return new NotificationTrial(channel, false, "Not delivered. " + detail);
        }
        return new NotificationTrial(channel, true, switch (channel) {
            case WEBHOOK -> "The webhook took the test message.";
            case EMAIL -> "The mail server took the test message for " + String.join(", ", settings.mailTo()) + ".";
        });
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw PlatformException.invalid(message);
        }
    }

    /** Deliveries recorded for an alert, oldest first, as "channel: delivered after n tries" sentences. */
    public List<String> deliveries(String alertId) {
        return database.read(c -> Sql.list(c, "SELECT channel, attempts, delivered, detail FROM notification_delivery "
                        + "WHERE alert_id = ? ORDER BY id", row -> row.getString("channel") + ": "
                        + (row.getBoolean("delivered") ? "delivered" : "not delivered (" + row.getString("detail") + ")")
                        + " after " + row.getInt("attempts") + " tries", alertId));
    }

    private void record(Alert alert, String channel, Retry.Result result) {
        if (!result.delivered()) {
            LOG.warn("Alert {} was not delivered by {} after {} tries: {}", alert.ruleName(), channel,
                    result.attempts(), result.detail());
        }
        database.inTransaction(c -> Sql.update(c, "INSERT INTO notification_delivery (alert_id, channel, attempts, "
                        + "delivered, detail, at) VALUES (?, ?, ?, ?, ?, ?)", alert.id(), channel, result.attempts(),
                result.delivered(), result.detail(), Timestamps.now()));
    }

    @Override
    public void close() {
        senders.shutdown();
        try {
            senders.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
