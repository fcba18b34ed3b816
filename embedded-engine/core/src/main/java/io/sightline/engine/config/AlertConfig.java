package io.sightline.engine.config;

import io.sightline.engine.api.PlatformException;
import java.time.Duration;

/**
 * How alert rules are evaluated and their alerts delivered.
 *
 * @param evaluationInterval how often every rule is evaluated; zero for never (then only on request)
 * @param deliveryAttempts   how many times a webhook call or an e-mail is tried before it is recorded as failed
 * @param firstRetryDelay    the wait before the second try; each later wait is about twice as long
 * @param deliveryTimeout    how long one webhook call or one conversation with the mail server may take
 */
public record AlertConfig(Duration evaluationInterval, int deliveryAttempts, Duration firstRetryDelay,
                          Duration deliveryTimeout) {
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
    }

    public static AlertConfig defaults() {
        return new AlertConfig(DEFAULT_EVALUATION_INTERVAL, DEFAULT_DELIVERY_ATTEMPTS, DEFAULT_FIRST_RETRY_DELAY,
                DEFAULT_DELIVERY_TIMEOUT);
    }

    public AlertConfig withEvaluationInterval(Duration interval) {
        return new AlertConfig(interval, deliveryAttempts, firstRetryDelay, deliveryTimeout);
    }

    public AlertConfig withDelivery(int attempts, Duration firstRetry, Duration timeout) {
        return new AlertConfig(evaluationInterval, attempts, firstRetry, timeout);
    }
}
