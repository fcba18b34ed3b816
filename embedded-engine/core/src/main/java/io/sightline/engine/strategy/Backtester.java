package io.sightline.engine.strategy;

import io.sightline.engine.api.BacktestResult;
import java.time.Duration;

/** Replays a strategy over a deployment's logged predictions (monitoring answers it from the prediction log). */
@FunctionalInterface
public interface Backtester {

    /** {@code positiveLabel}: the served model's positive class (null: nothing counts as caught or hit). */
    BacktestResult run(String deployment, StrategyMatcher strategy, Duration window, String positiveLabel,
                       String entityColumn);
}
