package io.sightline.simulator.scenario;

import java.time.Duration;
import java.util.Optional;

/**
 * The events a scenario can hold, each with the words a menu shows, what it does, and how long it lasts in
 * simulated time by default (empty: until the world is reset).
 */
public enum ScenarioKind {
    SEASONAL_PEAK("Seasonal peak", "Five times the usual volume for an hour, with more toys and electronics in the"
            + " baskets and sellers' order velocity up to match.", Duration.ofHours(1)),
    NEW_FRAUD_RING("New fraud ring", "A ring of aged seller accounts starts a fraud pattern the first model never"
            + " saw (concept drift): about 1.2% of transactions, charged back later.", null),
    DATA_BUG_AMOUNT_IN_CENTS("Data bug: amounts in cents", "An upstream change sends 'amount' in cents instead of"
            + " euros for two hours (data drift); the orders themselves do not change.", Duration.ofHours(2)),
    DATA_BUG_RATING_MISSING("Data bug: seller rating missing", "An upstream change drops 'seller_rating': it"
            + " arrives empty for two hours (data drift).", Duration.ofHours(2)),
    LATENCY_INCIDENT("Latency incident", "For a quarter of an hour traffic arrives in bursts: a second's worth"
            + " of requests released at once through 16 concurrent callers.", Duration.ofMinutes(15)),
    CHALLENGER_RELEASE("Challenger release", "The new fraud ring works at scale (8% of transactions) and a challenger"
            + " trained on recent labelled orders, ring included, is released beside the deployed model: first as a"
            + " canary, then in an A/B test, then as a bandit arm; each policy decides on the outcomes.", null),
    CHALLENGER_FLOW("Challenger through the release flow", "The new fraud ring works at scale and a challenger trained"
            + " on recent labelled orders goes through the release flow (MLOps → Flows): quality gates, staging, a"
            + " smoke and a load test, an approval the demo gives as a second person after a few seconds, a canary"
            + " on the simulated orders, production.", null);

    private final String title;
    private final String description;
    private final Duration defaultDuration;

    ScenarioKind(String title, String description, Duration defaultDuration) {
        this.title = title;
        this.description = description;
        this.defaultDuration = defaultDuration;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Optional<Duration> defaultDuration() {
        return Optional.ofNullable(defaultDuration);
    }
}
