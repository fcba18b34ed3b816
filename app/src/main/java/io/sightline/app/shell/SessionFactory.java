package io.sightline.app.shell;

import io.sightline.app.shell.connect.PlatformTarget;
import io.sightline.engine.api.Platform;

/** What switching platforms needs from the composition root: opening a platform and making the workspaces. */
public interface SessionFactory {

    /** Opens the platform {@code target} names; called off the FX thread, throws a plain PlatformException. */
    Platform connect(PlatformTarget target);

    /** Makes every workspace anew on {@code platform}; called on the FX thread. */
    WorkspaceRegistry workspacesOn(Platform platform);

    /** Opens the platform {@code target} names, off the FX thread, ready to become a session on the FX thread. */
    default Opened open(PlatformTarget target) {
        return new Opened(this, target, connect(target));
    }

    /** A platform opened for a switch and not adopted yet: it becomes a session, or is closed again. */
    final class Opened {
        private final SessionFactory sessions;
        private final PlatformTarget target;
        private final Platform platform;

        private Opened(SessionFactory sessions, PlatformTarget target, Platform platform) {
            this.sessions = sessions;
            this.target = target;
            this.platform = platform;
        }

        public PlatformTarget target() {
            return target;
        }

        /** Makes the workspaces on the platform; called on the FX thread. */
        public ConsoleSession session() {
            return new ConsoleSession(target, platform, sessions.workspacesOn(platform));
        }

        /** Closes the platform when it was not adopted after all. */
        public void close() {
            platform.close();
        }
    }
}
