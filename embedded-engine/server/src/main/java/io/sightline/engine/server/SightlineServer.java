package io.sightline.engine.server;

import io.sightline.engine.LocalPlatform;
import io.sightline.engine.server.mlflow.MlflowRoutes;
import io.sightline.engine.server.oip.OipRoutes;

/** The server as {@code serve} runs it: the platform API plus the protocols other tools speak. */
public final class SightlineServer {

    private SightlineServer() {
    }

    /** A builder with every route group mounted; add settings and build. */
    public static PlatformServer.Builder builder(LocalPlatform platform, Authenticator authenticator) {
        return PlatformServer.builder(platform, authenticator)
                .routes(registry -> MlflowRoutes.on(platform))
                .routes(registry -> new OipRoutes(platform, registry));
    }
}
