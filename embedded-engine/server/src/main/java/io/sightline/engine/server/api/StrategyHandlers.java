package io.sightline.engine.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Registry;
import io.sightline.engine.api.Strategies;
import io.sightline.engine.api.StrategySpec;
import io.sightline.engine.sentence.ParsedStrategy;
import io.sightline.engine.sentence.StrategyParser;
import io.sightline.engine.wire.Requests;

/**
 * Decision strategies of a deployment: saved disabled, switched on and off, backtested, deleted. A strategy
 * to save or back-test comes as a {@link StrategySpec} or as a sentence, read as the console reads it.
 */
final class StrategyHandlers {
    private static final String SENTENCE = "sentence";

    private final Strategies strategies;
    private final Deployments deployments;
    private final Registry registry;

    StrategyHandlers(Strategies strategies, Deployments deployments, Registry registry) {
        this.strategies = strategies;
        this.deployments = deployments;
        this.registry = registry;
    }

    void list(Context ctx) {
        ctx.json(Params.page(ctx, strategies.strategies(ctx.pathParam("name"))));
    }

    void save(Context ctx) {
        String deployment = ctx.pathParam("name");
        ObjectNode body = Bodies.object(ctx);
        StrategySpec spec;
        if (body.has(SENTENCE)) {
            Requests.StrategySentence request = Bodies.convert(Bodies.require(body, SENTENCE),
                    Requests.StrategySentence.class);
            spec = read(deployment, request.sentence(), request.name());
        } else {
            spec = Bodies.convert(Bodies.require(body, "name", "conditions", "action"), StrategySpec.class);
        }
        ctx.status(201).json(strategies.saveStrategy(deployment, spec));
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
        String deployment = ctx.pathParam("name");
        ObjectNode body = Bodies.object(ctx);
        Requests.Backtest request;
        if (body.has(SENTENCE)) {
            Requests.SentenceBacktest written = Bodies.convert(Bodies.require(body, SENTENCE, "window"),
                    Requests.SentenceBacktest.class);
            request = new Requests.Backtest(read(deployment, written.sentence(), written.name()), written.window(),
                    written.entityColumn());
        } else {
            request = Bodies.convert(Bodies.require(body, "spec", "window"), Requests.Backtest.class);
        }
        ctx.json(strategies.backtest(deployment, request.spec(), request.window(), request.entityColumn()));
    }

    /** A sentence read against the inputs of the model the deployment serves; refused in the parser's words. */
    private StrategySpec read(String deployment, String sentence, String name) {
        Deployment served = deployments.deployment(deployment);
        ParsedStrategy parsed = new StrategyParser(registry.modelVersion(served.model(), served.version()).schema())
                .parse(sentence);
        if (!parsed.understood()) {
            throw PlatformException.invalid(parsed.message());
        }
        return parsed.spec(name);
    }
}
