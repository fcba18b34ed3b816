package io.sightline.app;

import io.sightline.app.remote.ConnectionStatus;
import io.sightline.app.fakes.ComposedPlatform;
import io.sightline.app.remote.RemoteLink;
import io.sightline.engine.api.ComponentHealth;
import io.sightline.engine.api.FacetedPlatform;
import io.sightline.engine.api.Health;
import io.sightline.engine.api.HealthStatus;
import io.sightline.engine.api.PlatformFacets;
import io.sightline.engine.api.PlatformInfo;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A remote platform for shell tests: it answers info and health (no other facet is scripted), and its link
 * reports whatever the test says, on the test's thread, as a real link would on its own.
 */
public class FakeRemotePlatform implements FacetedPlatform, RemoteLink {
    private final PlatformFacets facets = ComposedPlatform.facetsOf();
    private final String url;
    private volatile ConnectionStatus status = connected(Duration.ofMillis(40));
    private volatile Consumer<ConnectionStatus> listener;
    private volatile boolean closed;

    public FakeRemotePlatform(String url) {
        this.url = url;
    }

    public static ConnectionStatus connected(Duration roundTrip) {
        return new ConnectionStatus(ConnectionStatus.State.CONNECTED, Optional.of(roundTrip), "connected");
    }

    public static ConnectionStatus reconnecting() {
        return new ConnectionStatus(ConnectionStatus.State.RECONNECTING, Optional.empty(),
                "The server stopped answering; trying again");
    }

    /** Changes the link's status and tells the listener, as the link's own thread would. */
    public void report(ConnectionStatus changed) {
        status = changed;
        Consumer<ConnectionStatus> current = listener;
        if (current != null) {
            current.accept(changed);
        }
    }

    public boolean listening() {
        return listener != null;
    }

    public boolean closed() {
        return closed;
    }

    @Override
    public PlatformFacets facets() {
        return facets;
    }

    @Override
    public PlatformInfo info() {
        return new PlatformInfo("remote", url, "0.3.1");
    }

    @Override
    public Health health() {
        return Health.of(List.of(new ComponentHealth("database", HealthStatus.GREEN, "answers"),
                new ComponentHealth("job queue", HealthStatus.GREEN, "idle")));
    }

    @Override
    public ConnectionStatus status() {
        return status;
    }

    @Override
    public AutoCloseable onStatusChange(Consumer<ConnectionStatus> newListener) {
        listener = newListener;
        return () -> listener = null;
    }

    @Override
    public void close() {
        closed = true;
    }
}
