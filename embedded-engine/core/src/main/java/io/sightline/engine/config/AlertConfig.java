package io.sightline.engine.config;

import io.sightline.engine.api.PlatformException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * How alert rules are evaluated and their alerts delivered.
 *
 * @param evaluationInterval how often every rule is evaluated; zero for never (then only on request)
 * @param deliveryAttempts   how many times a webhook call or an e-mail is tried before it is recorded as failed
 * @param firstRetryDelay    the wait before the second try; each later wait is about twice as long
 * @param deliveryTimeout    how long one webhook call or one conversation with the mail server may take
 * @param allowedTargets     the hosts alerts may be sent to (webhook and SMTP), set by whoever runs the engine:
 *                           {@code hooks.slack.com}, {@code *.example.com} for a domain and its sub-domains, or an
 *                           IP address. Empty: any host with a public address; loopback, private, link-local and
 *                           cloud metadata addresses are refused unless named here.
 */
public record AlertConfig(Duration evaluationInterval, int deliveryAttempts, Duration firstRetryDelay,
                          Duration deliveryTimeout, List<String> allowedTargets) {
    public static final Duration DEFAULT_EVALUATION_INTERVAL = Duration.ofSeconds(5);
    public static final int DEFAULT_DELIVERY_ATTEMPTS = 5;
    public static final Duration DEFAULT_FIRST_RETRY_DELAY = Duration.ofSeconds(1);
    public static final Duration DEFAULT_DELIVERY_TIMEOUT = Duration.ofSeconds(10);

    public AlertConfig {
        Durations.requireNotNegative(evaluationInterval, "The alert evaluation interval");
        if (deliveryAttempts < 1) {
            throw PlatformException.invalid("An alert delivery is tried at least once (got " + deliveryAttempts + ").");
        }
        Durations.requirePositive(firstRetryDelay, "The first retry delay of an alert delivery");
        Durations.requirePositive(deliveryTimeout, "The timeout of an alert delivery");
        allowedTargets = allowedTargets == null ? List.of() : allowedTargets.stream().map(String::strip)
                .filter(host -> !host.isEmpty()).map(host -> host.toLowerCase(Locale.ROOT)).toList();
    }

    /** Any public host allowed as a target. */
    public AlertConfig(Duration evaluationInterval, int deliveryAttempts, Duration firstRetryDelay,
                       Duration deliveryTimeout) {
        this(evaluationInterval, deliveryAttempts, firstRetryDelay, deliveryTimeout, List.of());
    }

    public static AlertConfig defaults() {
        return new AlertConfig(DEFAULT_EVALUATION_INTERVAL, DEFAULT_DELIVERY_ATTEMPTS, DEFAULT_FIRST_RETRY_DELAY,
                DEFAULT_DELIVERY_TIMEOUT);
    }

    public AlertConfig withEvaluationInterval(Duration interval) {
        return new AlertConfig(interval, deliveryAttempts, firstRetryDelay, deliveryTimeout, allowedTargets);
    }

    public AlertConfig withDelivery(int attempts, Duration firstRetry, Duration timeout) {
        return new AlertConfig(evaluationInterval, attempts, firstRetry, timeout, allowedTargets);
    }

    /** Only these hosts as targets (see {@link #allowedTargets()}). */
    public AlertConfig withAllowedTargets(List<String> hosts) {
        return new AlertConfig(evaluationInterval, deliveryAttempts, firstRetryDelay, deliveryTimeout, hosts);
    }
}
