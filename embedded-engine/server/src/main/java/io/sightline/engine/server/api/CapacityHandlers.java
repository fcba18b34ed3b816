package io.sightline.engine.server.api;

import io.javalin.http.Context;
import io.sightline.engine.api.Capacity;
import io.sightline.engine.server.RequestUser;
import io.sightline.engine.wire.Requests;

/**
 * Load tests of a deployment, run by this server against itself: started (as the token's user, when the request
 * has one), read, listed newest first and stopped; and the deployment's serving limits, read and set.
 */
final class CapacityHandlers {
    private final Capacity capacity;

    CapacityHandlers(Capacity capacity) {
        this.capacity = capacity;
    }

    void start(Context ctx) {
        Requests.CapacityTestStart start = Bodies.read(ctx, Requests.CapacityTestStart.class);
        ctx.status(201).json(capacity.startCapacityTest(ctx.pathParam("name"), start.plan(),
                RequestUser.orGiven(ctx, start.by())));
    }

    void list(Context ctx) {
        ctx.json(Params.page(ctx, capacity.capacityTests(ctx.pathParam("name"))));
    }

    void get(Context ctx) {
        ctx.json(capacity.capacityTest(ctx.pathParam("id")));
    }

    void stop(Context ctx) {
        ctx.json(capacity.stopCapacityTest(ctx.pathParam("id")));
    }

    void limits(Context ctx) {
        ctx.json(capacity.servingLimits(ctx.pathParam("name")));
    }

    void setLimits(Context ctx) {
        Requests.ServingLimitsChange change = Bodies.read(ctx, Requests.ServingLimitsChange.class);
        ctx.json(capacity.setServingLimits(ctx.pathParam("name"), change.limits(),
                RequestUser.orGiven(ctx, change.by()), change.reason()));
    }
}
