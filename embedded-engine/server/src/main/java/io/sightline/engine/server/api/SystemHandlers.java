package io.sightline.engine.server.api;

import io.javalin.http.Context;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.PlatformStatus;
import io.sightline.engine.wire.Requests;

/** What the server is, how it is, and where the event log stands. */
final class SystemHandlers {
    private final PlatformStatus status;
    private final Events events;

    SystemHandlers(PlatformStatus status, Events events) {
        this.status = status;
        this.events = events;
    }

    void info(Context ctx) {
        ctx.json(status.info());
    }

    void health(Context ctx) {
        ctx.json(status.health());
    }

    void latestEvent(Context ctx) {
        ctx.json(new Requests.LatestEvent(events.latestEventId()));
    }
}
