package io.sightline.engine.server;

import io.sightline.engine.MlflowStores;
import io.sightline.engine.api.Platform;
import io.sightline.engine.server.mlflow.MlflowRoutes;
import io.sightline.engine.server.oip.OipRoutes;

/** The server as {@code serve} runs it: the platform API plus the protocols other tools speak. */
public final class SightlineServer {

    private SightlineServer() {
    }

    /**
     * A builder with every route group mounted; add settings and build. The platform is the engine in this
     * process ({@code LocalPlatform}): MLflow's routes are built on its tracking and registry stores.
     */
    public static <P extends Platform & MlflowStores> PlatformServer.Builder builder(P platform,
                                                                                     Authenticator authenticator) {
        return PlatformServer.builder(platform, authenticator)
                .routes(registry -> new OipRoutes(platform, registry))
                .routes(registry -> MlflowRoutes.on(platform));
    }
}
