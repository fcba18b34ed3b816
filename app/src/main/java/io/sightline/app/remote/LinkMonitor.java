package io.sightline.app.remote;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of the link to a server, fed by every call and by the event stream. Listeners hear each change of
 * state or explanation, in order, on one background thread; the latest round trip is always in
 * {@link #status()}.
 */
final class LinkMonitor {
    private static final Logger LOG = LoggerFactory.getLogger(LinkMonitor.class);

    private final Executor notifier;
    private final List<Consumer<ConnectionStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile ConnectionStatus status;

    LinkMonitor(Executor notifier, String detail) {
        this.notifier = notifier;
        this.status = new ConnectionStatus(ConnectionStatus.State.CONNECTED, Optional.empty(), detail);
    }

    ConnectionStatus status() {
        return status;
    }

    void connected(Duration roundTrip, String detail) {
        update(ConnectionStatus.State.CONNECTED, Optional.of(roundTrip), detail);
    }

    void reconnecting(String detail) {
        update(ConnectionStatus.State.RECONNECTING, status.roundTrip(), detail);
    }

    void offline(String detail) {
        update(ConnectionStatus.State.OFFLINE, status.roundTrip(), detail);
    }

    private synchronized void update(ConnectionStatus.State state, Optional<Duration> roundTrip, String detail) {
        ConnectionStatus before = status;
        ConnectionStatus after = new ConnectionStatus(state, roundTrip, detail);
        status = after;
        if (before.state() != state || !Objects.equals(before.detail(), detail)) {
            try {
                notifier.execute(() -> listeners.forEach(listener -> tell(listener, after)));
            } catch (RejectedExecutionException e) {
                // the platform was closed: nobody is listening any more
            }
        }
    }

    private static void tell(Consumer<ConnectionStatus> listener, ConnectionStatus status) {
        try {
            listener.accept(status);
        } catch (RuntimeException e) {
            LOG.warn("A connection status listener failed", e);
        }
    }

    AutoCloseable listen(Consumer<ConnectionStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
