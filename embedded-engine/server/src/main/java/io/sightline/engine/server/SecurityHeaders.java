package io.sightline.engine.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Headers on every answer that keep browsers from misusing it: no guessing of content types, no framing, no
 * referrer, nothing cached (answers hold models, scores and settings), and over TLS, HTTPS only from then on.
 * Set before anything else runs, so that refusals and errors carry them too.
 */
final class SecurityHeaders implements Handler {
    /** A year, as browsers' preload lists ask. */
    static final String STRICT_TRANSPORT = "max-age=31536000; includeSubDomains";

    private final boolean tls;

    SecurityHeaders(boolean tls) {
        this.tls = tls;
    }

    @Override
    public void handle(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        if (tls) {
            ctx.header("Strict-Transport-Security", STRICT_TRANSPORT);
        }
    }
}
