package io.sightline.engine.server.api;

import io.javalin.http.Context;
import io.sightline.engine.api.AbTestPlan;
import io.sightline.engine.api.Releases;
import io.sightline.engine.server.RequestUser;
import io.sightline.engine.wire.Requests;
import java.time.Duration;

/**
 * Releasing versions: a deployment's traffic policy read and set, rollback, the release report, and A/B test
 * plans. Who set a policy or rolled back is the user the request's token belongs to, when it has one, so that
 * the history cannot be signed in someone else's name.
 */
final class ReleaseHandlers {
    static final Duration DEFAULT_WINDOW = Duration.ofHours(1);

    private final Releases releases;

    ReleaseHandlers(Releases releases) {
        this.releases = releases;
    }

    void policy(Context ctx) {
        ctx.json(releases.policy(ctx.pathParam("name")));
    }

    void setPolicy(Context ctx) {
        Requests.PolicyChange change = Bodies.read(ctx, Requests.PolicyChange.class);
        ctx.json(releases.setPolicy(ctx.pathParam("name"), change.policy(), RequestUser.orGiven(ctx, change.by()), change.reason()));
    }

    void rollback(Context ctx) {
        Requests.Rollback rollback = Bodies.read(ctx, Requests.Rollback.class);
        ctx.json(releases.rollback(ctx.pathParam("name"), RequestUser.orGiven(ctx, rollback.by()), rollback.reason()));
    }

    void release(Context ctx) {
        ctx.json(releases.release(ctx.pathParam("name"), Params.window(ctx, DEFAULT_WINDOW)));
    }

    void planAbTest(Context ctx) {
        ctx.json(releases.planAbTest(Bodies.read(ctx, AbTestPlan.class)));
    }
}
