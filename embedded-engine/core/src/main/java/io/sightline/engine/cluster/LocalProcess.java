package io.sightline.engine.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Node ids that name this machine and process ({@code host:pid}), so that a standalone engine opening its
 * database can tell a training left behind by a process that died from one another live process beside it
 * is still running (a console and a command line may share one data folder).
 */
public final class LocalProcess {
    private static final String HOST = hostName();

    private LocalProcess() {
    }

    public static String nodeId() {
        return HOST + ":" + ProcessHandle.current().pid();
    }

    /** True when {@code nodeId} names a process on this machine that no longer runs. */
    public static boolean isGone(String nodeId) {
        return pidOnThisHost(nodeId).map(pid -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true))
                .orElse(false);
    }

    private static Optional<Long> pidOnThisHost(String nodeId) {
        int colon = nodeId == null ? -1 : nodeId.lastIndexOf(':');
        if (colon < 0 || !nodeId.substring(0, colon).equals(HOST)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(nodeId.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9._-]", "-");
            return name.matches("[a-z0-9][a-z0-9._-]{0,99}") ? name : "localhost";
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
