package io.sightline.app.workspace.risk;

import io.sightline.app.fakes.EventStream;
import io.sightline.app.fakes.ScriptedAlerts;
import io.sightline.app.fakes.ScriptedDeployments;
import io.sightline.app.fakes.ScriptedMonitoring;
import io.sightline.app.fakes.ScriptedPredictions;
import io.sightline.app.fakes.ScriptedRegistry;
import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertState;
import io.sightline.engine.api.BacktestResult;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.Explanation;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Strategy;
import io.sightline.engine.api.Strategies;
import io.sightline.engine.api.StrategySpec;
import io.sightline.engine.api.TrafficReport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A seller-risk platform for the workspace's tests: one live deployment with the scripted hour of
 * {@link RiskRecords}, alerts, predictions and strategies the test sets, and a record of what was asked.
 */
class RiskPlatform extends EventStream implements ScriptedAlerts, ScriptedDeployments, ScriptedMonitoring,
        ScriptedPredictions, ScriptedRegistry, Strategies {
    volatile List<Deployment> deployments = List.of(RiskRecords.deployment(RiskRecords.DEPLOYMENT, DeploymentState.LIVE));
    volatile String positiveLabel = "yes";
    volatile boolean withOutcomes = true;
    volatile RuntimeException trafficFailure;
    volatile List<Alert> alerts = List.of();
    volatile List<LoggedPrediction> predictions = List.of();
    volatile Explanation explanation = RiskRecords.explanation();
    volatile BacktestResult backtestResult;
    final List<Duration> trafficWindows = new CopyOnWriteArrayList<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> explained = new CopyOnWriteArrayList<>();
    final List<String> backtestEntities = new CopyOnWriteArrayList<>();
    final List<Strategy> strategies = new CopyOnWriteArrayList<>();
    final AtomicInteger deploymentReads = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();

    @Override
    public List<Deployment> deployments() {
        deploymentReads.incrementAndGet();
        return deployments;
    }

    @Override
    public Deployment deployment(String name) {
        return deployments.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> PlatformException.notFound("deployment", name));
    }

    @Override
    public ModelVersion modelVersion(String model, int version) {
        return RiskRecords.version();
    }

    @Override
    public TrafficReport traffic(String deploymentName, Duration window) {
        if (trafficFailure != null) {
            throw trafficFailure;
        }
        trafficWindows.add(window);
        return RiskRecords.traffic(window);
    }

    @Override
    public PerformanceReport performance(String deploymentName, Duration window) {
        return withOutcomes ? RiskRecords.performance(window, positiveLabel) : RiskRecords.noOutcomes(window);
    }

    @Override
    public List<Alert> alerts(boolean includeResolved) {
        return includeResolved ? alerts : alerts.stream().filter(a -> a.state() != AlertState.RESOLVED).toList();
    }

    @Override
    public Alert acknowledgeAlert(String alertId, String by) {
        calls.add("acknowledge " + alertId + " by " + by);
        return alerts.stream().filter(a -> a.id().equals(alertId)).findFirst().orElseThrow();
    }

    @Override
    public Alert resolveAlert(String alertId, String by) {
        calls.add("resolve " + alertId + " by " + by);
        return alerts.stream().filter(a -> a.id().equals(alertId)).findFirst().orElseThrow();
    }

    @Override
    public List<LoggedPrediction> recentPredictions(String deploymentName, int limit) {
        return predictions.subList(0, Math.min(limit, predictions.size()));
    }

    @Override
    public Explanation explain(String deploymentName, Map<String, String> row) {
        explained.add(row);
        return explanation;
    }

    @Override
    public List<Strategy> strategies(String deploymentName) {
        return List.copyOf(strategies);
    }

    @Override
    public Strategy saveStrategy(String deploymentName, StrategySpec spec) {
        calls.add("save " + spec.name());
        Strategy saved = new Strategy("s-" + ids.incrementAndGet(), deploymentName, spec, false, RiskRecords.NOW,
                RiskRecords.NOW);
        strategies.add(saved);
        return saved;
    }

    @Override
    public Strategy enableStrategy(String strategyId, boolean enabled) {
        calls.add((enabled ? "enable " : "disable ") + strategyId);
        for (int i = 0; i < strategies.size(); i++) {
            Strategy s = strategies.get(i);
            if (s.id().equals(strategyId)) {
                Strategy changed = new Strategy(s.id(), s.deployment(), s.spec(), enabled, s.createdAt(), RiskRecords.NOW);
                strategies.set(i, changed);
                return changed;
            }
        }
        throw PlatformException.notFound("strategy", strategyId);
    }

    @Override
    public void deleteStrategy(String strategyId) {
        calls.add("delete " + strategyId);
        strategies.removeIf(s -> s.id().equals(strategyId));
    }

    @Override
    public BacktestResult backtest(String deploymentName, StrategySpec spec, Duration window, String entityColumn) {
        calls.add("backtest " + spec.action() + " over " + window);
        backtestEntities.add(String.valueOf(entityColumn));
        return backtestResult;
    }
}
