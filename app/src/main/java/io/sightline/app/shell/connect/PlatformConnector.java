package io.sightline.app.shell.connect;

import io.sightline.engine.api.Platform;

/**
 * Opens a remote platform from its profile. Called off the FX thread; throws a
 * {@link io.sightline.engine.api.PlatformException} with a plain message when the server cannot be reached.
 */
@FunctionalInterface
public interface PlatformConnector {
    Platform connect(RemoteProfile profile);
}
