package io.sightline.engine.server.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.Monitoring;
import io.sightline.engine.api.Outcome;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Predictions;
import io.sightline.engine.wire.Requests;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Live operations of a deployment: its history, explanations, outcomes, traffic, performance, drift, retraining. */
final class MonitoringHandlers {
    /** The window a report covers when the call does not say. */
    static final Duration DEFAULT_WINDOW = Duration.ofHours(24);
    private static final TypeReference<List<Outcome>> OUTCOMES = new TypeReference<>() { };

    private final Deployments deployments;
    private final Predictions predictions;
    private final Monitoring monitoring;

    MonitoringHandlers(Deployments deployments, Predictions predictions, Monitoring monitoring) {
        this.deployments = deployments;
        this.predictions = predictions;
        this.monitoring = monitoring;
    }

    void history(Context ctx) {
        ctx.json(Params.page(ctx, deployments.deploymentHistory(Params.window(ctx, DEFAULT_WINDOW))));
    }

    void explain(Context ctx) {
        Map<String, String> row = Bodies.row(ctx);
        ctx.json(predictions.explain(ctx.pathParam("name"), row));
    }

    /** The body is a JSON array of outcomes. */
    void reportOutcomes(Context ctx) {
        JsonNode body = Bodies.tree(ctx);
        if (!body.isArray()) {
            throw PlatformException.invalid("The request body must be a JSON array of outcomes "
                    + "({predictionId, actualLabel, value}).");
        }
        List<Outcome> outcomes = Bodies.convert(body, OUTCOMES);
        ctx.json(new Requests.OutcomesMatched(monitoring.reportOutcomes(ctx.pathParam("name"), outcomes)));
    }

    void traffic(Context ctx) {
        ctx.json(monitoring.traffic(ctx.pathParam("name"), Params.window(ctx, DEFAULT_WINDOW)));
    }

    void performance(Context ctx) {
        ctx.json(monitoring.performance(ctx.pathParam("name"), Params.window(ctx, DEFAULT_WINDOW)));
    }

    void drift(Context ctx) {
        ctx.json(monitoring.drift(ctx.pathParam("name"), Params.window(ctx, DEFAULT_WINDOW)));
    }

    void retrain(Context ctx) {
        Requests.Retrain request = Bodies.read(ctx, Requests.Retrain.class, "window");
        ctx.status(201).json(monitoring.retrain(ctx.pathParam("name"), request.window()));
    }
}
