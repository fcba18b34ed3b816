package io.sightline.engine.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.wire.ErrorBody;
import io.sightline.engine.wire.HttpStatuses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every failure leaves the server as {@code {code, message}} with the status its code travels with. */
final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    static void install(Javalin app) {
        app.exception(PlatformException.class, ErrorResponses::platformFailure);
        app.exception(HttpResponseException.class, ErrorResponses::httpFailure);
        app.exception(Exception.class, ErrorResponses::unexpected);
    }

    private static void platformFailure(PlatformException e, Context ctx) {
        if (e.code() == ErrorCode.INTERNAL) {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        }
        send(ctx, ErrorBody.of(e));
    }

    private static void httpFailure(HttpResponseException e, Context ctx) {
        ErrorCode code = HttpStatuses.codeOf(e.getStatus());
        String message = e.getStatus() == 404 ? "There is no endpoint " + ctx.method() + " " + ctx.path()
                + "; the API is described at /api/v1/openapi.json." : e.getMessage();
        ctx.status(e.getStatus()).json(new ErrorBody(code, message, null));
    }

    private static void unexpected(Exception e, Context ctx) {
        LOG.error("{} {} failed unexpectedly", ctx.method(), ctx.path(), e);
        send(ctx, new ErrorBody(ErrorCode.INTERNAL, "The server failed unexpectedly (" + e.getClass().getSimpleName()
                + "); its log has the details.", null));
    }

    static void send(Context ctx, ErrorBody body) {
        ctx.status(HttpStatuses.of(body.code())).json(body);
    }
}
