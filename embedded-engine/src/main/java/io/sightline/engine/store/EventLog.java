package io.sightline.engine.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.sightline.engine.api.ComponentHealth;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.HealthStatus;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's numbered event log. Publishing assigns the next id, persists the event and hands it to every
 * subscriber; subscribing replays what came after the subscriber's last id first. Both happen under one lock,
 * so a subscriber sees every event exactly once and in order. Each subscriber is fed by its own thread, so a
 * slow one never holds up the platform.
 */
public final class EventLog implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventLog.class);
    /** A listener this many events behind is falling behind the platform, not just busy for a moment. */
    private static final int SLOW_LISTENER_BACKLOG = 10_000;

    private final Database database;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private long lastId;
    private final int slowListenerBacklog;
    private volatile boolean closed;

    public EventLog(Database database) {
        this(database, SLOW_LISTENER_BACKLOG);
    }

    EventLog(Database database, int slowListenerBacklog) {
        this.database = database;
        this.slowListenerBacklog = slowListenerBacklog;
        this.lastId = database.read(c -> Sql.one(c, "SELECT COALESCE(MAX(id), 0) AS last_id FROM platform_event",
                row -> row.getLong("last_id")).orElse(0L));
    }

    /** Numbers, stores and delivers {@code event} (its own id is ignored); returns it with its id. */
    public PlatformEvent publish(PlatformEvent event) {
        synchronized (lock) {
            PlatformEvent numbered = event.withId(lastId + 1);
            String payload = toJson(numbered);
            database.read(c -> Sql.update(c, "INSERT INTO platform_event (id, at, type, payload) VALUES (?, ?, ?, ?)",
                    numbered.id(), numbered.at(), numbered.getClass().getSimpleName(), payload));
            lastId = numbered.id();
            for (Subscriber subscriber : subscribers) {
                subscriber.queue.add(numbered);
            }
            return numbered;
        }
    }

    public long lastId() {
        synchronized (lock) {
            return lastId;
        }
    }

    /** Events with an id greater than {@code sinceId}, oldest first, at most {@code limit}. */
    public List<PlatformEvent> since(long sinceId, int limit) {
        return database.read(c -> Sql.list(c, "SELECT payload FROM platform_event WHERE id > ? ORDER BY id LIMIT ?",
                row -> fromJson(row.getString("payload")), sinceId, limit));
    }

    public EventSubscription subscribe(long sinceId, Consumer<PlatformEvent> listener) {
        Subscriber subscriber = new Subscriber(listener);
        synchronized (lock) {
            long cursor = sinceId;
            List<PlatformEvent> backlog;
            do {
                backlog = since(cursor, 10_000);
                subscriber.queue.addAll(backlog);
                if (!backlog.isEmpty()) {
                    cursor = backlog.get(backlog.size() - 1).id();
                }
            } while (backlog.size() == 10_000);
            subscribers.add(subscriber);
        }
        subscriber.start();
        return () -> {
            subscribers.remove(subscriber);
            subscriber.stop();
        };
    }

    /** How the stream is doing: its listeners, the newest event, and whether a listener is falling behind. */
    public ComponentHealth health() {
        if (closed) {
            return new ComponentHealth("event stream", HealthStatus.RED, "stopped: the platform is closing");
        }
        int backlog = subscribers.stream().mapToInt(s -> s.queue.size()).max().orElse(0);
        String detail = subscribers.size() + " listener(s); last event #" + lastId();
        if (backlog >= slowListenerBacklog) {
            return new ComponentHealth("event stream", HealthStatus.YELLOW,
                    detail + "; a listener is " + backlog + " events behind");
        }
        return new ComponentHealth("event stream", HealthStatus.GREEN, detail + "; largest backlog " + backlog);
    }

    @Override
    public void close() {
        closed = true;
        for (Subscriber subscriber : subscribers) {
            subscriber.stop();
        }
        subscribers.clear();
    }

    private static String toJson(PlatformEvent event) {
        try {
            return Json.MAPPER.writerFor(PlatformEvent.class).writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new PlatformException(ErrorCode.INTERNAL, "Could not store an event: " + e.getOriginalMessage(), e);
        }
    }

    private static PlatformEvent fromJson(String payload) {
        return Json.read(payload, PlatformEvent.class);
    }

    /** One listener and the queue its own thread drains. */
    private static final class Subscriber {
        private final Consumer<PlatformEvent> listener;
        private final LinkedBlockingQueue<PlatformEvent> queue = new LinkedBlockingQueue<>();
        private volatile Thread thread;

        Subscriber(Consumer<PlatformEvent> listener) {
            this.listener = listener;
        }

        void start() {
            thread = Thread.ofVirtual().name("sightline-events").start(this::drain);
        }

        void stop() {
            Thread running = thread;
            if (running != null) {
                running.interrupt();
            }
        }

        private void drain() {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    PlatformEvent event = queue.take();
                    try {
                        listener.accept(event);
                    } catch (RuntimeException e) {
                        LOG.warn("An event listener failed on event {}", event.id(), e);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
