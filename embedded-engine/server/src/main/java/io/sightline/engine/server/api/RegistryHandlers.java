package io.sightline.engine.server.api;

import io.javalin.http.Context;
import io.sightline.engine.api.ModelImport;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Registry;
import io.sightline.engine.wire.Requests;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/** The model registry: models, their versions, stage changes, and imports of model files uploaded first. */
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

    void uploadModelFile(Context ctx) {
        try (Upload upload = Upload.receive(ctx)) {
            ctx.status(201).json(new Requests.UploadedFile(registry.uploadModelFile(upload.file())));
        }
    }

    /** Imports files uploaded to this server only: a path would be read on the server's machine. */
    void importModel(Context ctx) {
        ModelImport request = Bodies.read(ctx, Requests.ImportModel.class, "model").toImport();
        for (Path file : Stream.of(request.file(), request.expectedOutputs()).filter(Objects::nonNull).toList()) {
            if (!ModelImport.isUploaded(file)) {
                throw PlatformException.invalid("A server imports files uploaded to it (POST /api/v1/model-files):"
                        + " '" + file + "' is not the id of one.");
            }
        }
        ctx.json(registry.importModel(request));
    }

    void setStage(Context ctx) {
        Requests.StageChange change = Bodies.read(ctx, Requests.StageChange.class, "stage");
        ctx.json(registry.setStage(ctx.pathParam("name"), Params.pathNumber(ctx, "version"), change.stage()));
    }
}
