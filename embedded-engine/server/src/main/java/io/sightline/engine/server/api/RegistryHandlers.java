package io.sightline.engine.server.api;

import io.javalin.http.Context;
import io.sightline.engine.api.Platform;
import io.sightline.engine.wire.Requests;

/** The model registry: models, their versions, and stage changes. */
final class RegistryHandlers {
    private final Platform platform;

    RegistryHandlers(Platform platform) {
        this.platform = platform;
    }

    void models(Context ctx) {
        ctx.json(Params.page(ctx, platform.models()));
    }

    void versions(Context ctx) {
        ctx.json(Params.page(ctx, platform.modelVersions(ctx.pathParam("name"))));
    }

    void version(Context ctx) {
        ctx.json(platform.modelVersion(ctx.pathParam("name"), Params.pathNumber(ctx, "version")));
    }

    void setStage(Context ctx) {
        Requests.StageChange change = Bodies.read(ctx, Requests.StageChange.class, "stage");
        ctx.json(platform.setStage(ctx.pathParam("name"), Params.pathNumber(ctx, "version"), change.stage()));
    }
}
