package io.sightline.app.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.wire.StreamFrames;
import io.sightline.engine.wire.Wire;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscription to the server's event stream that survives lost links: it reconnects with growing,
 * jittered waits, asking for the events after the last one it delivered, so the listener sees every event
 * exactly once and in order. A link is taken for dead when nothing (not even a heartbeat) has arrived for
 * three heartbeat periods. While reconnecting, the link status says RECONNECTING.
 */
final class EventStreamClient implements EventSubscription {
    private static final Logger LOG = LoggerFactory.getLogger(EventStreamClient.class);
    private static final long DEFAULT_HEARTBEAT_MILLIS = 5_000;
    private static final int HEARTBEATS_BEFORE_DEAD = 3;

    private final OkHttpClient http;
    private final ApiClient api;
    private final LinkMonitor link;
    private final Backoff backoff;
    private final ScheduledExecutorService scheduler;
    private final Consumer<PlatformEvent> listener;
    private final ScheduledFuture<?> watchdog;

    /** Guarded by {@code this}: the current connection, its generation, and the retry count. */
    private EventSource source;
    private long generation;
    private int attempt;
    private boolean closed;

    private volatile long lastDelivered;
    private volatile long lastHeardNanos = System.nanoTime();
    private volatile long heartbeatMillis = DEFAULT_HEARTBEAT_MILLIS;
    private volatile boolean open;

    EventStreamClient(OkHttpClient http, ApiClient api, LinkMonitor link, Backoff backoff,
                      ScheduledExecutorService scheduler, long sinceId, Consumer<PlatformEvent> listener) {
        this.http = http;
        this.api = api;
        this.link = link;
        this.backoff = backoff;
        this.scheduler = scheduler;
        this.listener = listener;
        this.lastDelivered = sinceId;
        connect();
        this.watchdog = scheduler.scheduleWithFixedDelay(this::checkAlive, 100, 100, TimeUnit.MILLISECONDS);
    }

    private synchronized void connect() {
        if (closed) {
            return;
        }
        long id = lastDelivered;
        Request request = api.request(api.url("events").addQueryParameter("since", String.valueOf(id)).build())
                .header("Accept", "text/event-stream")
                .header("Last-Event-ID", String.valueOf(id))
                .build();
        long current = ++generation;
        lastHeardNanos = System.nanoTime();
        source = EventSources.createFactory(http).newEventSource(request, new Listener(current));
    }

    /** Cuts a connection that has been silent for too long; its failure then schedules the reconnect. */
    private void checkAlive() {
        EventSource silent;
        long silentGeneration;
        synchronized (this) {
            long silence = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastHeardNanos);
            if (closed || !open || silence <= HEARTBEATS_BEFORE_DEAD * heartbeatMillis) {
                return;
            }
            open = false;
            silent = source;
            silentGeneration = generation;
        }
        LOG.info("No heartbeat from {} for {} ms: reconnecting", api.base(), HEARTBEATS_BEFORE_DEAD * heartbeatMillis);
        lost(silentGeneration, "No heartbeat from the server for " + HEARTBEATS_BEFORE_DEAD * heartbeatMillis + " ms");
        silent.cancel();
    }

    private synchronized void lost(long of, String why) {
        if (closed || of != generation) {
            return;
        }
        open = false;
        generation++;
        Duration wait = backoff.delay(attempt++);
        link.reconnecting(why + "; reconnecting to the event stream in " + wait.toMillis() + " ms.");
        scheduler.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void refused(long of, String why) {
        if (closed || of != generation) {
            return;
        }
        open = false;
        link.offline(why);
    }

    private void deliver(String type, String data) {
        PlatformEvent event;
        try {
            event = Wire.MAPPER.readValue(data, PlatformEvent.class);
        } catch (JsonProcessingException e) {
            LOG.warn("Skipped an event of type {} that could not be read: {}", type, e.getOriginalMessage());
            return;
        }
        if (event.id() <= lastDelivered) {
            return; // already delivered before a reconnect
        }
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            LOG.warn("An event listener failed on event {}", event.id(), e);
        }
        lastDelivered = event.id();
    }

    @Override
    public void close() {
        EventSource current;
        synchronized (this) {
            closed = true;
            current = source;
        }
        watchdog.cancel(false);
        if (current != null) {
            current.cancel();
        }
    }

    /** The callbacks of one connection; those of a connection that was replaced are ignored. */
    private final class Listener extends EventSourceListener {
        private final long connection;

        Listener(long connection) {
            this.connection = connection;
        }

        private boolean current() {
            synchronized (EventStreamClient.this) {
                return connection == generation && !closed;
            }
        }

        @Override
        public void onOpen(EventSource eventSource, Response response) {
            if (!current()) {
                return;
            }
            synchronized (EventStreamClient.this) {
                attempt = 0;
            }
            lastHeardNanos = System.nanoTime();
            open = true;
            link.connected(Duration.ofMillis(Math.max(0, response.receivedResponseAtMillis()
                    - response.sentRequestAtMillis())), "Connected to " + api.base() + "; events are live.");
        }

        @Override
        public void onEvent(EventSource eventSource, String id, String type, String data) {
            if (!current()) {
                return;
            }
            lastHeardNanos = System.nanoTime();
            if (StreamFrames.HELLO.equals(type)) {
                readHello(data);
            } else if (!StreamFrames.HEARTBEAT.equals(type)) {
                deliver(type, data);
            }
        }

        private void readHello(String data) {
            try {
                heartbeatMillis = Math.max(1, Wire.MAPPER.readValue(data, StreamFrames.Hello.class).heartbeatMillis());
            } catch (JsonProcessingException e) {
                LOG.warn("The event stream's greeting could not be read: {}", e.getOriginalMessage());
            }
        }

        @Override
        public void onClosed(EventSource eventSource) {
            lost(connection, "The server ended the event stream");
        }

        @Override
        public void onFailure(EventSource eventSource, Throwable t, Response response) {
            int status = response == null ? 0 : response.code();
            if (status == 401 || status == 403 || status == 404 || status == 406) {
                refused(connection, "The server refused the event stream (HTTP " + status + "); check the token "
                        + "and the server's version.");
            } else {
                lost(connection, t == null ? "The event stream failed (HTTP " + status + ")"
                        : "The event stream was cut (" + t.getClass().getSimpleName() + ")");
            }
        }
    }
}
