package io.sightline.engine.alert;

import io.sightline.engine.api.Alert;
import io.sightline.engine.wire.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Posts an alert as Slack-compatible JSON ({@code text} plus a {@code blocks} section, and the alert itself
 * under {@code alert} for other receivers). Network errors, 429 and 5xx are worth another try; other
 * statuses are not. The host is checked against the {@link NotificationTargets} right before each call, and
 * redirects are not followed (they could lead anywhere).
 */
final class WebhookChannel {
    private final Duration timeout;
    private final NotificationTargets targets;
    private final HttpClient client;

    WebhookChannel(Duration timeout, NotificationTargets targets) {
        this.timeout = timeout;
        this.targets = targets;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Retry.Outcome send(String url, Alert alert, StringBuilder detail) {
        return send(url, payload(alert), detail);
    }

    /** A test message, marked {@code "test": true} for receivers that act on alerts. */
    Retry.Outcome sendTest(String url, StringBuilder detail) {
        return send(url, message(AlertMessages.TEST_TITLE, AlertMessages.TEST_TEXT, "test", true), detail);
    }

    private Retry.Outcome send(String url, Map<String, Object> payload, StringBuilder detail) {
        URI target = URI.create(url);
        if (!targets.allowsNow(String.valueOf(target.getHost()), "webhook", detail)) {
            return Retry.Outcome.GIVE_UP;
        }
        HttpRequest request = HttpRequest.newBuilder(target).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(payload)))
                .build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                return Retry.Outcome.DELIVERED;
            }
            detail.append("The webhook answered HTTP ").append(status).append('.');
            return status == 429 || status >= 500 ? Retry.Outcome.RETRY : Retry.Outcome.GIVE_UP;
        } catch (IOException e) {
            detail.append("Could not reach the webhook: ").append(reason(e));
            return Retry.Outcome.RETRY;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            detail.append("Interrupted while calling the webhook.");
            return Retry.Outcome.GIVE_UP;
        }
    }

    /** Why a call did not get through, in plain words: the JDK's client leaves most of these without a message. */
    private String reason(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return "the connection timed out after " + timeout.toSeconds() + " s.";
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer within " + timeout.toSeconds() + " s.";
        }
        if (e instanceof ConnectException && e.getCause() instanceof UnresolvedAddressException) {
            return "the host name is unknown.";
        }
        if (e instanceof ConnectException && e.getMessage() == null) {
            return "connection refused.";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static Map<String, Object> payload(Alert alert) {
        return message(AlertMessages.subject(alert), alert.message(), "alert", alert);
    }

    /** Slack's {@code text} and a {@code blocks} section, plus one entry for other receivers. */
    private static Map<String, Object> message(String title, String text, String key, Object value) {
        return Map.of(
                "text", title + ": " + text,
                "blocks", List.of(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", "*"
                        + title + "*\n" + text))),
                key, value);
    }
}
