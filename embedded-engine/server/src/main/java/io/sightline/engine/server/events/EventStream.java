package io.sightline.engine.server.events;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.wire.StreamFrames;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /api/v1/events?since=ID} as Server-Sent Events: every platform event after {@code since} (or after
 * the {@code Last-Event-ID} a reconnecting client sends, which wins), then new ones as they happen, each with
 * its id. A {@code hello} frame opens the stream and a {@code heartbeat} frame follows every heartbeat period,
 * so that clients can tell a quiet stream from a dead link. Without either, the stream starts from now. Clients
 * must send {@code Accept: text/event-stream}. Each client has a bounded queue and a writer of its own; one that
 * falls {@link #QUEUE_LIMIT} frames behind or whose write blocks past {@link #WRITE_TIMEOUT} is disconnected,
 * and resumes from its last event id when it reconnects ({@link StreamClient}).
 */
public final class EventStream implements Handler, AutoCloseable {
    private static final String EVENT_STREAM = "text/event-stream";
    private static final String SINCE = "sightline.events.since";
    /** Frames a client may have waiting: a few minutes of a busy platform's events. */
    static final int QUEUE_LIMIT = 1_000;
    /** How long one write may stay blocked on a client that does not read. */
    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

    private final Events events;
    private final Duration heartbeat;
    private final Set<StreamClient> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeats;
    private final SseHandler sse = new SseHandler(0, this::connected);
    private final int queueLimit;
    private final Duration writeTimeout;
    private final Counter evictions;

    public EventStream(Events events, Duration heartbeat, MeterRegistry registry) {
        this(events, heartbeat, registry, QUEUE_LIMIT, WRITE_TIMEOUT);
    }

    EventStream(Events events, Duration heartbeat, MeterRegistry registry, int queueLimit, Duration writeTimeout) {
        this.events = events;
        this.heartbeat = heartbeat;
        this.queueLimit = queueLimit;
        this.writeTimeout = writeTimeout;
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sightline-event-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1, heartbeat.toMillis());
        heartbeats.scheduleAtFixedRate(this::beat, period, period, TimeUnit.MILLISECONDS);
        Gauge.builder("sightline.event.stream.clients", clients, Set::size)
                .description("Clients connected to the event stream").register(registry);
        Gauge.builder("sightline.event.stream.queued", this, EventStream::queued)
                .description("Frames waiting to be written to event stream clients, all clients together")
                .register(registry);
        evictions = Counter.builder("sightline.event.stream.evictions")
                .description("Event stream clients disconnected for falling behind or not reading").register(registry);
    }

    @Override
    public void handle(Context ctx) throws Exception {
        if (!EVENT_STREAM.equals(ctx.header("Accept"))) {
            throw new HttpResponseException(406, "Ask for the event stream with the header 'Accept: "
                    + EVENT_STREAM + "'.");
        }
        ctx.attribute(SINCE, since(ctx));
        sse.handle(ctx);
    }

    private long since(Context ctx) {
        String lastEventId = ctx.header("Last-Event-ID");
        String text = lastEventId != null && !lastEventId.isBlank() ? lastEventId : ctx.queryParam("since");
        if (text == null || text.isBlank()) {
            return events.latestEventId();
        }
        try {
            long since = Long.parseLong(text.strip());
            if (since >= 0) {
                return since;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw PlatformException.invalid("'since' must be an event id: a whole number of 0 or more (got '" + text + "').");
    }

    private void connected(SseClient sseClient) {
        long since = sseClient.ctx().attribute(SINCE);
        StreamClient client = new StreamClient(sseClient, queueLimit, writeTimeout, evictions::increment);
        sseClient.keepAlive();
        sseClient.onClose(() -> {
            clients.remove(client);
            client.close();
        });
        client.send(StreamFrames.HELLO, new StreamFrames.Hello(heartbeat.toMillis(), events.latestEventId()));
        clients.add(client);
        client.subscribed(events.subscribe(since, client::send));
        if (!client.open()) {
            clients.remove(client);
            client.close();
        }
    }

    /** Queues a heartbeat for every client and disconnects those that fell behind or stopped reading. */
    private void beat() {
        if (clients.isEmpty()) {
            return;
        }
        StreamFrames.Heartbeat frame = new StreamFrames.Heartbeat(events.latestEventId());
        long now = System.nanoTime();
        for (StreamClient client : clients) {
            client.send(StreamFrames.HEARTBEAT, frame);
            if (client.evictIfStalled(now) || !client.open()) {
                clients.remove(client);
                client.close();
            }
        }
    }

    /** How many clients were disconnected for falling behind or not reading. */
    public long evictions() {
        return (long) evictions.count();
    }

    /** Frames waiting to be written, all clients together. */
    double queued() {
        return clients.stream().mapToInt(StreamClient::queued).sum();
    }

    public int clients() {
        return clients.size();
    }

    /** Ends every stream (clients reconnect with their last id) and stops the heartbeats. */
    @Override
    public void close() {
        heartbeats.shutdownNow();
        for (StreamClient client : clients) {
            client.close();
        }
        clients.clear();
    }
}
