package io.sightline.app.shell;

import io.sightline.app.shell.connect.PlatformTarget;
import io.sightline.engine.api.Platform;

/** What switching platforms needs from the composition root: opening a platform and making the workspaces. */
public interface SessionFactory {

    /** Opens the platform {@code target} names; called off the FX thread, throws a plain PlatformException. */
    Platform connect(PlatformTarget target);

    /** Makes every workspace anew on {@code platform}; called on the FX thread. */
    WorkspaceRegistry workspacesOn(Platform platform);
}
