package io.sightline.engine.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.sightline.engine.api.RunSearchRequest;
import io.sightline.engine.api.Runs;
import io.sightline.engine.api.Training;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.engine.server.metrics.TrainingMetrics;

/** Training jobs and the runs they record. */
final class TrainingHandlers {
    private final Training training;
    private final Runs runs;
    private final TrainingMetrics metrics;

    TrainingHandlers(Training training, Runs runs, TrainingMetrics metrics) {
        this.training = training;
        this.runs = runs;
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
        TrainingJob job = training.startTraining(Bodies.convert(body, TrainingRequest.class));
        metrics.started();
        ctx.status(201).json(job);
    }

    void list(Context ctx) {
        ctx.json(Params.page(ctx, training.trainingJobs()));
    }

    void get(Context ctx) {
        ctx.json(training.trainingJob(ctx.pathParam("id")));
    }

    void cancel(Context ctx) {
        String id = ctx.pathParam("id");
        training.cancelTraining(id);
        ctx.json(training.trainingJob(id));
    }

    void runs(Context ctx) {
        ctx.json(Params.page(ctx, runs.runs()));
    }

    void run(Context ctx) {
        ctx.json(runs.run(ctx.pathParam("id")));
    }

    void experiments(Context ctx) {
        ctx.json(Params.page(ctx, runs.experiments()));
    }

    /** The page size defaults as in the console; everything else may be left out. */
    void searchRuns(Context ctx) {
        ObjectNode body = Bodies.object(ctx);
        if (!body.hasNonNull("pageSize")) {
            body.put("pageSize", RunSearchRequest.DEFAULT_PAGE_SIZE);
        }
        ctx.json(runs.searchRuns(Bodies.convert(body, RunSearchRequest.class)));
    }

    void runFields(Context ctx) {
        ctx.json(runs.runFields(ctx.queryParam("experiment")));
    }

    void metricHistory(Context ctx) {
        ctx.json(Params.page(ctx, runs.metricHistory(ctx.pathParam("id"), ctx.pathParam("metric"))));
    }

    void scatter(Context ctx) {
        ctx.json(runs.scatter(ctx.queryParam("experiment"), ctx.queryParam("x"), ctx.queryParam("y")));
    }
}
