package io.sightline.engine.server;

import java.util.Optional;

/**
 * Tells whose a bearer token is; empty when the token is unknown or revoked. The server closes it when it
 * stops, after the last request, for an authenticator that holds a resource (a cache and its watch).
 */
@FunctionalInterface
public interface Authenticator extends AutoCloseable {
    Optional<String> userOf(String token);

    @Override
    default void close() {
    }
}
