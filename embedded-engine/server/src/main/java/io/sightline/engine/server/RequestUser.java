package io.sightline.engine.server;

import io.javalin.http.Context;

/** The user a request was authenticated as, kept on the request for every route group to read. */
public final class RequestUser {
    /** The context attribute that holds the user's name. */
    public static final String ATTRIBUTE = "sightline.user";

    private RequestUser() {
    }

    /** The authenticated user's name, or null on the open health probes. */
    public static String of(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    /**
     * Who a change is recorded as: the token's user when the request has one, so that a record cannot be signed
     * in someone else's name; otherwise (a server without tokens) the name the caller gave.
     */
    public static String orGiven(Context ctx, String given) {
        String user = of(ctx);
        return user != null ? user : given;
    }
}
