package io.sightline.engine.strategy;

import io.sightline.engine.api.BacktestResult;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.Strategies;
import io.sightline.engine.api.Strategy;
import io.sightline.engine.api.StrategySpec;
import io.sightline.engine.train.TrainedModel;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/** Decision strategies in this engine: checked against the schema of the model their deployment serves now. */
public final class LocalStrategies implements Strategies {
    private final StrategyBook book;
    private final Deployments deployments;
    private final Function<String, TrainedModel> servedModel;
    private final Backtester backtester;

    /** {@code servedModel}: the model a deployment serves now, by the deployment's name. */
    public LocalStrategies(StrategyBook book, Deployments deployments, Function<String, TrainedModel> servedModel,
                           Backtester backtester) {
        this.book = book;
        this.deployments = deployments;
        this.servedModel = servedModel;
        this.backtester = backtester;
    }

    @Override
    public List<Strategy> strategies(String deploymentName) {
        deployments.deployment(deploymentName);
        return book.list(deploymentName);
    }

    @Override
    public Strategy saveStrategy(String deploymentName, StrategySpec spec) {
        return book.save(deploymentName, spec, servedModel.apply(deploymentName).schema());
    }

    @Override
    public Strategy enableStrategy(String strategyId, boolean enabled) {
        return book.enable(strategyId, enabled);
    }

    @Override
    public void deleteStrategy(String strategyId) {
        book.delete(strategyId);
    }

    @Override
    public BacktestResult backtest(String deploymentName, StrategySpec spec, Duration window, String entityColumn) {
        TrainedModel model = servedModel.apply(deploymentName);
        return backtester.run(deploymentName, StrategyMatcher.compile(spec, model.schema()), window,
                model.positiveLabel(), entityColumn);
    }
}
