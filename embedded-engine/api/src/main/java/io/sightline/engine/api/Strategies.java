package io.sightline.engine.api;

import java.time.Duration;
import java.util.List;

/** Decision strategies: rules that turn a deployment's scores into actions, tried on past traffic first. */
public interface Strategies {

    List<Strategy> strategies(String deploymentName);

    /** Saves a new strategy, disabled until {@link #enableStrategy} is called. */
    Strategy saveStrategy(String deploymentName, StrategySpec spec);

    Strategy enableStrategy(String strategyId, boolean enabled);

    void deleteStrategy(String strategyId);

    /** What {@code spec} would have done to the predictions logged in the last {@code window}. */
    BacktestResult backtest(String deploymentName, StrategySpec spec, Duration window, String entityColumn);
}
