package io.sightline.engine.alert;

import io.sightline.engine.api.Alert;
import io.sightline.engine.wire.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Posts an alert as Slack-compatible JSON ({@code text} plus a {@code blocks} section, and the alert itself
 * under {@code alert} for other receivers). Network errors, 429 and 5xx are worth another try; other
 * statuses are not.
 */
final class WebhookChannel {
    private final Duration timeout;
    private final HttpClient client;

    WebhookChannel(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    Retry.Outcome send(String url, Alert alert, StringBuilder detail) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(payload(alert))))
                .build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                return Retry.Outcome.DELIVERED;
            }
            detail.append("The webhook answered HTTP ").append(status).append('.');
            return status == 429 || status >= 500 ? Retry.Outcome.RETRY : Retry.Outcome.GIVE_UP;
        } catch (IOException e) {
            detail.append("Could not reach the webhook: ")
                    .append(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return Retry.Outcome.RETRY;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            detail.append("Interrupted while calling the webhook.");
            return Retry.Outcome.GIVE_UP;
        }
    }

    static Map<String, Object> payload(Alert alert) {
        String text = AlertMessages.subject(alert) + ": " + alert.message();
        return Map.of(
                "text", text,
                "blocks", List.of(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", "*"
                        + AlertMessages.subject(alert) + "*\n" + alert.message()))),
                "alert", alert);
    }
}
