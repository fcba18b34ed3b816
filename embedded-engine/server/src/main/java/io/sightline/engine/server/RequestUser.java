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
}
