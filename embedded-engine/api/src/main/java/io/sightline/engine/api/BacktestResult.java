package io.sightline.engine.api;

import java.time.Instant;

/**
 * What a strategy would have done to the predictions logged in {@code [from, to)}: how many it matched, and
 * among those with known outcomes, the positive ones caught (count and money) and the negative ones hit;
 * {@code entitiesHit} counts distinct values of the request's entity column among negatives hit (e.g. good
 * sellers), or is 0 when no entity column was given.
 */
public record BacktestResult(
        String deployment,
        Instant from,
        Instant to,
        long evaluated,
        long matched,
        long labelled,
        long positivesCaught,
        double valueCaught,
        long negativesHit,
        long entitiesHit) {
}
