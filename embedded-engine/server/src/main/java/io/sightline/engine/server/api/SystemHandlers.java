package io.sightline.engine.server.api;

import io.javalin.http.Context;
import io.sightline.engine.api.Platform;
import io.sightline.engine.wire.Requests;

/** What the server is, how it is, and where the event log stands. */
final class SystemHandlers {
    private final Platform platform;

    SystemHandlers(Platform platform) {
        this.platform = platform;
    }

    void info(Context ctx) {
        ctx.json(platform.info());
    }

    void health(Context ctx) {
        ctx.json(platform.health());
    }

    void latestEvent(Context ctx) {
        ctx.json(new Requests.LatestEvent(platform.latestEventId()));
    }
}
