package io.sightline.engine.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertMetric;
import io.sightline.engine.api.AlertRule;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.NotificationChannel;
import io.sightline.engine.api.NotificationSettings;
import io.sightline.engine.api.NotificationTrial;
import io.sightline.engine.config.AlertConfig;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.SecretBox;
import io.sightline.engine.wire.Json;
import io.sightline.engine.api.HealthStatus;
import io.sightline.engine.store.Sql;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class NotificationDeliveryTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @TempDir
    Path directory;

    private Database database;
    private NotificationSettingsStore settings;
    private ChannelNotifier notifier;
    private HttpServer receiver;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();

    /** The receivers of these tests listen on loopback, which the administrator allows here, as example.com. */
    static final AlertConfig LOOPBACK_ALLOWED = AlertConfig.defaults()
            .withDelivery(4, Duration.ofMillis(20), AlertConfig.DEFAULT_DELIVERY_TIMEOUT)
            .withAllowedTargets(List.of("127.0.0.1", "*.example.com"));

    @BeforeEach
    void open() {
        database = Database.h2File(directory);
        settings = store(LOOPBACK_ALLOWED);
        notifier = new ChannelNotifier(database, settings, LOOPBACK_ALLOWED);
    }

    private NotificationSettingsStore store(AlertConfig config) {
        return new NotificationSettingsStore(database, new NotificationTargets(config.allowedTargets()),
                new SecretBox(directory.resolve("keys").resolve("secret-key")));
    }

    @AfterEach
    void close() {
        notifier.close();
        database.close();
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    /** A local webhook receiver answering the given statuses in turn, then 200. */
    private String receiverAnswering(int... statuses) throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            int call = calls.getAndIncrement();
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int status = call < statuses.length ? statuses[call] : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private static Alert firedAlert() {
        AlertRule rule = new AlertRule("rule_1", AlertEngineTest.rule("amount drift", AlertMetric.FEATURE_DRIFT,
                Comparison.GREATER_OR_EQUAL, 0.1, false), Instant.now(), Instant.now());
        return AlertTransitions.fire("alert_1", rule, 0.42, AlertMessages.fired(rule.spec(), 0.42), Instant.now());
    }

    private static NotificationSettings webhookOnly(String url) {
        return new NotificationSettings(url, "", 25, false, "", "", false, "", List.of());
    }

    private List<String> awaitDeliveries(int count) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<String> deliveries = notifier.deliveries("alert_1");
        while (deliveries.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
            deliveries = notifier.deliveries("alert_1");
        }
        return deliveries;
    }

    @Test
    void theWebhookIsRetriedWithBackoffUntilTheReceiverTakesIt() throws Exception {
        settings.update(webhookOnly(receiverAnswering(503, 500)));

        notifier.alertChanged(firedAlert());

        assertThat(awaitDeliveries(1)).containsExactly("webhook: delivered after 3 tries");
        assertThat(calls).hasValue(3);
        JsonNode payload = Json.MAPPER.readTree(bodies.get(2));
        assertThat(payload.get("text").asText())
                .isEqualTo("[CRITICAL] amount drift — firing: Drift of amount on seller-risk is 0.420, >= 0.100 "
                        + "over the last 5 minutes.");
        assertThat(payload.at("/blocks/0/type").asText()).isEqualTo("section");
        assertThat(payload.at("/alert/ruleName").asText()).isEqualTo("amount drift");
    }

    @Test
    void aRefusalIsNotRetriedAndIsRecordedWithItsReason() throws Exception {
        settings.update(webhookOnly(receiverAnswering(404)));

        notifier.alertChanged(firedAlert());

        assertThat(awaitDeliveries(1)).containsExactly("webhook: not delivered (The webhook answered HTTP 404.) after 1 tries");
        assertThat(calls).hasValue(1);
    }

    @Test
    void anUnreachableWebhookGivesUpAfterTheLastTry() throws Exception {
        String url = receiverAnswering();
        receiver.stop(0);
        receiver = null;
        settings.update(webhookOnly(url));

        notifier.alertChanged(firedAlert());

        assertThat(awaitDeliveries(1)).singleElement().asString()
                .startsWith("webhook: not delivered (Could not reach the webhook").endsWith("after 4 tries");
    }

    @Test
    void anEmailGoesToEveryRecipientThroughTheSmtpServer() throws Exception {
        SMTP.setUser("alerts", "s3cret");
        settings.update(new NotificationSettings("", "127.0.0.1", ServerSetupTest.SMTP.getPort(), false, "alerts",
                "s3cret", false, "sightline@example.com", List.of("risk@example.com", "oncall@example.com")));

        notifier.alertChanged(firedAlert());

        assertThat(awaitDeliveries(1)).containsExactly("email: delivered after 1 tries");
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getAllRecipients()).extracting(Object::toString)
                .containsExactlyInAnyOrder("risk@example.com", "oncall@example.com");
        assertThat(received[0].getSubject()).isEqualTo("Sightline alert [CRITICAL] amount drift — firing");
        assertThat(GreenMailUtil.getBody(received[0])).contains("Drift of amount on seller-risk is 0.420");
    }

    @Test
    void aTestEmailUsesTheStoredPasswordAndSavesNothing() throws Exception {
        SMTP.setUser("alerts", "s3cret");
        NotificationSettings saved = settings.update(mailTo(ServerSetupTest.SMTP.getPort(), "s3cret"));
        NotificationSettings edited = new NotificationSettings("", "127.0.0.1", ServerSetupTest.SMTP.getPort(), false,
                "alerts", "", true, "sightline@example.com", List.of(" oncall@example.com "));

        NotificationTrial trial = notifier.sendTest(NotificationChannel.EMAIL, settings.toTry(edited));

        assertThat(trial.delivered()).as(trial.message()).isTrue();
        assertThat(trial.message()).isEqualTo("The mail server took the test message for oncall@example.com.");
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).singleElement().satisfies(message -> {
            assertThat(message.getSubject()).isEqualTo("Sightline test notification");
            assertThat(GreenMailUtil.getBody(message)).contains("alerts will reach you here");
        });
        assertThat(settings.settings()).isEqualTo(saved);
    }

    @Test
    void aTestEmailToAClosedPortSaysWhyItWasNotDelivered() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        NotificationTrial trial = notifier.sendTest(NotificationChannel.EMAIL, settings.toTry(mailTo(closed, "")));

        assertThat(trial.delivered()).isFalse();
        assertThat(trial.message()).startsWith("Not delivered. Could not send the e-mail: ").contains(
                String.valueOf(closed));
        assertThatThrownBy(() -> notifier.sendTest(NotificationChannel.EMAIL, settings.toTry(webhookOnly(
                "http://127.0.0.1/hook")))).hasMessage("No SMTP server is set: e-mail cannot be sent.");
    }

    private static NotificationSettings mailTo(int port, String password) {
        return new NotificationSettings("", "127.0.0.1", port, false, "alerts", password, false,
                "sightline@example.com", List.of("risk@example.com"));
    }

    @Test
    void theSmtpPasswordIsWriteOnlyAndKeptWhenLeftBlank() {
        settings.update(new NotificationSettings("", "smtp.example.com", 587, true, "alerts", "s3cret", false,
                "sightline@example.com", List.of("risk@example.com")));

        NotificationSettings read = settings.settings();
        assertThat(read.smtpPassword()).isEmpty();
        assertThat(read.smtpPasswordSet()).isTrue();

        settings.update(read);
        assertThat(settings.withPassword().smtpPassword()).isEqualTo("s3cret");
        assertThat(Json.write(settings.settings())).doesNotContain("s3cret");
    }

    @Test
    void badSettingsAreRefusedAndTheSavedOnesKept() {
        settings.update(webhookOnly("https://hooks.example.com/T000"));

        assertThatThrownBy(() -> settings.update(webhookOnly("ftp://example.com/hook")))
                .hasMessage("The webhook address must start with http:// or https:// and name a host.");
        assertThatThrownBy(() -> settings.update(new NotificationSettings("", "smtp.example.com", 587, true, "", "",
                false, "", List.of())))
                .hasMessage("E-mail alerts need a sender address and at least one recipient.");
        assertThat(settings.settings().webhookUrl()).isEqualTo("https://hooks.example.com/T000");
    }

    @Test
    void theKeptPasswordIsNeverSentToAnotherServerOrUser() throws Exception {
        SMTP.setUser("alerts", "s3cret");
        int port = ServerSetupTest.SMTP.getPort();
        settings.update(mailTo(port, "s3cret"));
        NotificationSettings elsewhere = new NotificationSettings("", "smtp.example.com", port, false, "alerts", "",
                true, "sightline@example.com", List.of("risk@example.com"));
        NotificationSettings otherUser = new NotificationSettings("", "127.0.0.1", port, false, "mallory", "", true,
                "sightline@example.com", List.of("risk@example.com"));

        for (NotificationSettings changed : List.of(elsewhere, otherUser, withPort(mailTo(port, ""), port + 1))) {
            assertThatThrownBy(() -> settings.update(changed)).as(changed.toString())
                    .hasMessageStartingWith("The SMTP server, port or user changed, so the kept password is not used");
            assertThatThrownBy(() -> notifier.sendTest(NotificationChannel.EMAIL, settings.toTry(changed)))
                    .hasMessageStartingWith("The SMTP server, port or user changed");
        }
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(settings.withPassword().smtpHost()).isEqualTo("127.0.0.1");

        NotificationSettings reentered = new NotificationSettings("", "smtp.example.com", port, false, "alerts",
                "n3w", true, "sightline@example.com", List.of("risk@example.com"));
        assertThat(settings.update(reentered).smtpHost()).isEqualTo("smtp.example.com");
        assertThat(settings.withPassword().smtpPassword()).isEqualTo("n3w");
    }

    private static NotificationSettings withPort(NotificationSettings s, int port) {
        return new NotificationSettings(s.webhookUrl(), s.smtpHost(), port, s.smtpStartTls(), s.smtpUser(),
                s.smtpPassword(), true, s.mailFrom(), s.mailTo());
    }

    @Test
    void thePasswordIsEncryptedAtRestWithAKeyOutsideTheDatabase() throws Exception {
        SMTP.setUser("alerts", "s3cret");
        settings.update(mailTo(ServerSetupTest.SMTP.getPort(), "s3cret"));

        String row = storedPassword();
        assertThat(row).startsWith("{aes-gcm}").doesNotContain("s3cret");
        Path key = directory.resolve("keys").resolve("secret-key");
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        notifier.alertChanged(firedAlert());
        assertThat(awaitDeliveries(1)).containsExactly("email: delivered after 1 tries");

        Files.writeString(key, Base64.getEncoder().encodeToString(new byte[32]));
        assertThatThrownBy(() -> store(LOOPBACK_ALLOWED).withPassword())
                .hasMessageContaining("encrypted with another key");
    }

    @Test
    void aPasswordStoredInClearIsEncryptedWhenTheSettingsAreOpened() {
        settings.update(mailTo(ServerSetupTest.SMTP.getPort(), ""));
        database.inTransaction(c -> Sql.update(c, "UPDATE notification_settings SET smtp_password = ? WHERE id = 1",
                "old-clear-s3cret"));

        NotificationSettingsStore reopened = store(LOOPBACK_ALLOWED);

        assertThat(storedPassword()).startsWith("{aes-gcm}").doesNotContain("old-clear-s3cret");
        assertThat(reopened.withPassword().smtpPassword()).isEqualTo("old-clear-s3cret");
    }

    private String storedPassword() {
        return database.read(c -> Sql.one(c, "SELECT smtp_password FROM notification_settings WHERE id = 1",
                r -> r.getString(1)).orElseThrow());
    }

    @Test
    void aWebhookThatResolvesInsideIsRefusedAtSendTime() throws Exception {
        String url = receiverAnswering().replace("127.0.0.1", "localhost");
        store(AlertConfig.defaults().withAllowedTargets(List.of("localhost"))).update(webhookOnly(url));

        try (ChannelNotifier publicOnly = new ChannelNotifier(database, settings, AlertConfig.defaults())) {
            publicOnly.alertChanged(firedAlert());
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (publicOnly.deliveries("alert_1").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(publicOnly.deliveries("alert_1")).singleElement().asString()
                    .contains("webhook: not delivered (The webhook host localhost is at 127.0.0.1")
                    .endsWith("after 1 tries");
        }
        assertThat(calls).hasValue(0);
    }

    @Test
    void anAlertStormDropsWhatCannotWaitAndSaysHowMany() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.createContext("/hook", exchange -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        settings.update(webhookOnly("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"));

        for (int i = 0; i < ChannelNotifier.QUEUE_LIMIT + 50; i++) {
            notifier.alertChanged(firedAlert());
        }

        assertThat(notifier.droppedNotifications()).isGreaterThanOrEqualTo(48);
        assertThat(notifier.health().status()).isEqualTo(HealthStatus.YELLOW);
        assertThat(notifier.health().detail()).contains(notifier.droppedNotifications() + " notifications dropped");
        release.countDown();
    }
}
