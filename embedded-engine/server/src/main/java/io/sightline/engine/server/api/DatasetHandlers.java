package io.sightline.engine.server.api;

import io.javalin.http.Context;
import io.sightline.engine.api.ArgumentRules;
import io.sightline.engine.api.Datasets;
import io.sightline.engine.wire.Requests;

/** Datasets: list, read, import by upload, preview and target analysis. */
final class DatasetHandlers {
    private final Datasets datasets;

    DatasetHandlers(Datasets datasets) {
        this.datasets = datasets;
    }

    void list(Context ctx) {
        ctx.json(Params.page(ctx, datasets.datasets()));
    }

    void get(Context ctx) {
        ctx.json(datasets.dataset(ctx.pathParam("id")));
    }

    void upload(Context ctx) {
        try (Upload upload = Upload.receive(ctx)) {
            String name = ctx.isMultipartFormData() ? ctx.formParam("name") : ctx.queryParam("name");
            ctx.status(201).json(datasets.importDataset(name, upload.file()));
        }
    }

    void preview(Context ctx) {
        int rows = Params.wholeNumber(ctx, "rows", 20, 0, ArgumentRules.MAX_PREVIEW_ROWS);
        ctx.json(datasets.preview(ctx.pathParam("id"), rows));
    }

    void analyzeTarget(Context ctx) {
        Requests.TargetQuery query = Bodies.read(ctx, Requests.TargetQuery.class, "target");
        ctx.json(datasets.analyzeTarget(ctx.pathParam("id"), query.target(), query.typeOverrides()));
    }
}
