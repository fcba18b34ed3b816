package io.sightline.engine.server;

import java.util.Optional;

/** Tells whose a bearer token is; empty when the token is unknown or revoked. */
@FunctionalInterface
public interface Authenticator {
    Optional<String> userOf(String token);
}
