package io.sightline.engine.server.api;

import io.javalin.http.Context;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.Flows;
import io.sightline.engine.server.RequestUser;
import io.sightline.engine.wire.ListPage;
import io.sightline.engine.wire.Requests;
import java.util.List;

/**
 * Deployment flows: their definitions, started, read, listed newest first, approval steps decided, paused, resumed
 * and aborted. Whoever starts or decides is the user the request's token belongs to, when it has one, so that the
 * rule that someone other than the starter approves holds over HTTP: a token cannot approve its own flow by
 * giving another name.
 */
final class FlowHandlers {
    private static final Requests.FlowChange NOTHING_SAID = new Requests.FlowChange(null, null);

    private final Flows flows;

    FlowHandlers(Flows flows) {
        this.flows = flows;
    }

    void definitions(Context ctx) {
        ctx.json(Params.page(ctx, flows.flowDefinitions()));
    }

    void start(Context ctx) {
        Requests.FlowLaunch launch = Bodies.read(ctx, Requests.FlowLaunch.class, "start");
        ctx.status(201).json(flows.startFlow(launch.start(), RequestUser.orGiven(ctx, launch.by())));
    }

    /** The newest flows; not counted, as the engine lists only its most recent ones. */
    void list(Context ctx) {
        int offset = Params.offset(ctx);
        int limit = Params.limit(ctx);
        List<Flow> newest = flows.flows((int) Math.min((long) offset + limit, Integer.MAX_VALUE));
        ctx.json(new ListPage<>(newest.subList(Math.min(offset, newest.size()), newest.size()), offset, limit, null));
    }

    void get(Context ctx) {
        ctx.json(flows.flow(ctx.pathParam("id")));
    }

    void approve(Context ctx) {
        Requests.FlowChange change = change(ctx);
        ctx.json(flows.approveFlowStep(ctx.pathParam("id"), ctx.pathParam("step"), by(ctx, change), change.reason()));
    }

    void reject(Context ctx) {
        Requests.FlowChange change = change(ctx);
        ctx.json(flows.rejectFlowStep(ctx.pathParam("id"), ctx.pathParam("step"), by(ctx, change), change.reason()));
    }

    void pause(Context ctx) {
        ctx.json(flows.pauseFlow(ctx.pathParam("id"), by(ctx, change(ctx))));
    }

    void resume(Context ctx) {
        ctx.json(flows.resumeFlow(ctx.pathParam("id"), by(ctx, change(ctx))));
    }

    void abort(Context ctx) {
        Requests.FlowChange change = change(ctx);
        ctx.json(flows.abortFlow(ctx.pathParam("id"), by(ctx, change), change.reason()));
    }

    /** The body says why and, without a token, who; with a token and nothing to say, no body is needed. */
    private static Requests.FlowChange change(Context ctx) {
        return Bodies.readIfAny(ctx, Requests.FlowChange.class, NOTHING_SAID);
    }

    private static String by(Context ctx, Requests.FlowChange change) {
        return RequestUser.orGiven(ctx, change.by());
    }
}
