package io.sightline.app.shell;

import io.sightline.app.remote.RemoteLink;
import io.sightline.app.shell.connect.PlatformTarget;
import io.sightline.engine.api.Platform;
import java.util.Optional;

/** The platform the console is connected to, which target it came from, and the workspaces made on it. */
public record ConsoleSession(PlatformTarget target, Platform platform, WorkspaceRegistry workspaces) {

    /** The link's own view of the connection, when the platform is reached over the network. */
    public Optional<RemoteLink> link() {
        return platform instanceof RemoteLink link ? Optional.of(link) : Optional.empty();
    }

    /** Closes the platform; its workspaces are closed first, on the FX thread. */
    public void closePlatform() {
        platform.close();
    }
}
