package io.sightline.engine.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.sightline.engine.api.Platform;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.engine.server.metrics.TrainingMetrics;

/** Training jobs and the runs they record. */
final class TrainingHandlers {
    private final Platform platform;
    private final TrainingMetrics metrics;

    TrainingHandlers(Platform platform, TrainingMetrics metrics) {
        this.platform = platform;
        this.metrics = metrics;
    }

    /** Only the dataset and target are required; folds, budget (seconds) and seed default as in the wizard. */
    void start(Context ctx) {
        ObjectNode body = Bodies.object(ctx, "datasetId", "target");
        if (!body.hasNonNull("folds")) {
            body.put("folds", TrainingRequest.DEFAULT_FOLDS);
        }
        if (!body.hasNonNull("budget")) {
            body.put("budget", TrainingRequest.DEFAULT_BUDGET.toSeconds());
        }
        if (!body.hasNonNull("seed")) {
            body.put("seed", TrainingRequest.DEFAULT_SEED);
        }
        TrainingJob job = platform.startTraining(Bodies.convert(body, TrainingRequest.class));
        metrics.started();
        ctx.status(201).json(job);
    }

    void list(Context ctx) {
        ctx.json(Params.page(ctx, platform.trainingJobs()));
    }

    void get(Context ctx) {
        ctx.json(platform.trainingJob(ctx.pathParam("id")));
    }

    void cancel(Context ctx) {
        String id = ctx.pathParam("id");
        platform.cancelTraining(id);
        ctx.json(platform.trainingJob(id));
    }

    void runs(Context ctx) {
        ctx.json(Params.page(ctx, platform.runs()));
    }

    void run(Context ctx) {
        ctx.json(platform.run(ctx.pathParam("id")));
    }
}
