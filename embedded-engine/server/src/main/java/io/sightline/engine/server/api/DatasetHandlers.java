package io.sightline.engine.server.api;

import io.javalin.http.Context;
import io.sightline.engine.api.Platform;
import io.sightline.engine.wire.Requests;

/** Datasets: list, read, import by upload, preview and target analysis. */
final class DatasetHandlers {
    private final Platform platform;

    DatasetHandlers(Platform platform) {
        this.platform = platform;
    }

    void list(Context ctx) {
        ctx.json(Params.page(ctx, platform.datasets()));
    }

    void get(Context ctx) {
        ctx.json(platform.dataset(ctx.pathParam("id")));
    }

    void upload(Context ctx) {
        try (Upload upload = Upload.receive(ctx)) {
            String name = ctx.isMultipartFormData() ? ctx.formParam("name") : ctx.queryParam("name");
            ctx.status(201).json(platform.importDataset(name, upload.file()));
        }
    }

    void preview(Context ctx) {
        int rows = Params.wholeNumber(ctx, "rows", 20, 0, 1_000);
        ctx.json(platform.preview(ctx.pathParam("id"), rows));
    }

    void analyzeTarget(Context ctx) {
        Requests.TargetQuery query = Bodies.read(ctx, Requests.TargetQuery.class, "target");
        ctx.json(platform.analyzeTarget(ctx.pathParam("id"), query.target(), query.typeOverrides()));
    }
}
