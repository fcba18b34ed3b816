package io.sightline.engine.server.api;

import io.javalin.http.Context;
import io.sightline.engine.api.Registry;
import io.sightline.engine.wire.Requests;

/** The model registry: models, their versions, and stage changes. */
final class RegistryHandlers {
    private final Registry registry;

    RegistryHandlers(Registry registry) {
        this.registry = registry;
    }

    void models(Context ctx) {
        ctx.json(Params.page(ctx, registry.models()));
    }

    void versions(Context ctx) {
        ctx.json(Params.page(ctx, registry.modelVersions(ctx.pathParam("name"))));
    }

    void version(Context ctx) {
        ctx.json(registry.modelVersion(ctx.pathParam("name"), Params.pathNumber(ctx, "version")));
    }

    void setStage(Context ctx) {
        Requests.StageChange change = Bodies.read(ctx, Requests.StageChange.class, "stage");
        ctx.json(registry.setStage(ctx.pathParam("name"), Params.pathNumber(ctx, "version"), change.stage()));
    }
}
