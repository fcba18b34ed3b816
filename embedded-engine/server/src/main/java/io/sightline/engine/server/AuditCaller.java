package io.sightline.engine.server;

import io.javalin.http.Context;
import io.sightline.engine.audit.AuditContext;

/**
 * Tells the audit log who makes each request and from where: the token's user (anonymous on a server without
 * tokens, unless a call names its own {@code by}) and the client's address.
 */
final class AuditCaller {
    private AuditCaller() {
    }

    /** Before a request's handler, on the thread that runs it. */
    static void enter(Context ctx) {
        AuditContext.enter(new AuditContext.Caller(RequestUser.of(ctx), ctx.ip()));
    }

    /** After the request, so that nothing else on the thread is recorded in its name. */
    static void leave(Context ctx) {
        AuditContext.clear();
    }
}
