package io.sightline.engine.audit;

import static io.sightline.engine.audit.AuditTrail.state;

import io.sightline.engine.api.BacktestResult;
import io.sightline.engine.api.Strategies;
import io.sightline.engine.api.Strategy;
import io.sightline.engine.api.StrategySpec;
import java.time.Duration;
import java.util.List;

/** Decision strategies whose saving, switching on or off and deletion are recorded in the audit log. */
final class AuditedStrategies implements Strategies {
    private final Strategies strategies;
    private final AuditTrail trail;

    AuditedStrategies(Strategies strategies, AuditTrail trail) {
        this.strategies = strategies;
        this.trail = trail;
    }

    @Override
    public List<Strategy> strategies(String deploymentName) {
        return strategies.strategies(deploymentName);
    }

    @Override
    public Strategy saveStrategy(String deploymentName, StrategySpec spec) {
        return trail.record("strategy.save", deploymentName + " strategy " + spec.name(), null, null,
                () -> strategies.saveStrategy(deploymentName, spec),
                saved -> state("id", saved.id(), "text", spec.text(), "action", spec.action()));
    }

    @Override
    public Strategy enableStrategy(String strategyId, boolean enabled) {
        return trail.record(enabled ? "strategy.enable" : "strategy.disable", "strategy " + strategyId, null, null,
                () -> strategies.enableStrategy(strategyId, enabled),
                changed -> state("deployment", changed.deployment(), "name", changed.spec().name(),
                        "enabled", changed.enabled()));
    }

    @Override
    public void deleteStrategy(String strategyId) {
        trail.record("strategy.delete", "strategy " + strategyId, null, () -> strategies.deleteStrategy(strategyId));
    }

    @Override
    public BacktestResult backtest(String deploymentName, StrategySpec spec, Duration window, String entityColumn) {
        return strategies.backtest(deploymentName, spec, window, entityColumn);
    }
}
