package io.sightline.app.shell.connect;

import io.sightline.engine.api.Platform;
import io.sightline.engine.api.PlatformStatus;
import java.util.function.Function;

/**
 * Opens a remote platform from its profile. Called off the FX thread; throws a
 * {@link io.sightline.engine.api.PlatformException} with a plain message when the server cannot be reached.
 */
@FunctionalInterface
public interface PlatformConnector {
    Platform connect(RemoteProfile profile);

    /** Opens the platform, asks it {@code question} and closes it again: a connection test. */
    default <T> T askOnce(RemoteProfile profile, Function<PlatformStatus, T> question) {
        try (Platform platform = connect(profile)) {
            return question.apply(platform);
        }
    }
}
