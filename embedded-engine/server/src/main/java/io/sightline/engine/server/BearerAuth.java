package io.sightline.engine.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import java.util.Set;

/**
 * Requires {@code Authorization: Bearer TOKEN} on every request but the health probes, and records the user.
 * The token itself is never logged nor echoed back.
 */
final class BearerAuth implements Handler {
    /** Probes that load balancers and orchestrators call without credentials. */
    static final Set<String> OPEN_PATHS = Set.of("/api/v1/health", "/v2/health/live", "/v2/health/ready");
    private static final String SCHEME = "Bearer ";

    private final Authenticator authenticator;

    BearerAuth(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void handle(Context ctx) {
        if (OPEN_PATHS.contains(ctx.path())) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new PlatformException(ErrorCode.UNAUTHORIZED, "This server needs a token: send the header "
                    + "'Authorization: Bearer TOKEN'. An administrator makes one with 'sightline token create --user NAME'.");
        }
        String user = authenticator.userOf(header.substring(SCHEME.length()).strip())
                .orElseThrow(() -> new PlatformException(ErrorCode.UNAUTHORIZED,
                        "This token is not accepted: it is unknown or was revoked. Ask an administrator for a new one."));
        ctx.attribute(RequestUser.ATTRIBUTE, user);
    }
}
