package io.sightline.app.remote;

import java.util.function.Consumer;

/** A platform reached over the network, which can say how its link is doing. */
public interface RemoteLink {

    ConnectionStatus status();

    /** Calls {@code listener} (on a background thread) each time the status changes; close to stop. */
    AutoCloseable onStatusChange(Consumer<ConnectionStatus> listener);
}
