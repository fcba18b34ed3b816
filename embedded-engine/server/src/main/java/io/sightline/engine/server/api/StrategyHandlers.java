package io.sightline.engine.server.api;

import io.javalin.http.Context;
import io.sightline.engine.api.Strategies;
import io.sightline.engine.api.StrategySpec;
import io.sightline.engine.wire.Requests;

/** Decision strategies of a deployment: saved disabled, switched on and off, backtested, deleted. */
final class StrategyHandlers {
    private final Strategies strategies;

    StrategyHandlers(Strategies strategies) {
        this.strategies = strategies;
    }

    void list(Context ctx) {
        ctx.json(Params.page(ctx, strategies.strategies(ctx.pathParam("name"))));
    }

    void save(Context ctx) {
        StrategySpec spec = Bodies.read(ctx, StrategySpec.class, "name", "conditions", "action");
        ctx.status(201).json(strategies.saveStrategy(ctx.pathParam("name"), spec));
    }

    void enable(Context ctx) {
        Requests.Enable request = Bodies.read(ctx, Requests.Enable.class, "enabled");
        ctx.json(strategies.enableStrategy(ctx.pathParam("id"), request.enabled()));
    }

    void delete(Context ctx) {
        strategies.deleteStrategy(ctx.pathParam("id"));
        ctx.status(204);
    }

    void backtest(Context ctx) {
        Requests.Backtest request = Bodies.read(ctx, Requests.Backtest.class, "spec", "window");
        ctx.json(strategies.backtest(ctx.pathParam("name"), request.spec(), request.window(), request.entityColumn()));
    }
}
