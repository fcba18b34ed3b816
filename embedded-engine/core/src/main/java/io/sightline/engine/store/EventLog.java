package io.sightline.engine.store;

import io.sightline.engine.wire.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.sightline.engine.api.ComponentHealth;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.HealthStatus;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's numbered event log, which several engine nodes may share. Publishing takes the next id from
 * a counter row in the database and stores the event in the same transaction; the counter's row lock makes
 * the ids commit in the order they were given, on every node. Subscribers hear the events in id order, each
 * exactly once: this node's own as it publishes them, and when {@code pollInterval} is set, the other nodes'
 * by reading the event table for ids beyond the last one delivered. Subscribing replays what came after the
 * subscriber's last id first. Each subscriber is fed by its own thread, so a slow one never holds up the
 * platform.
 */
public final class EventLog implements Events, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventLog.class);
    private static final int PAGE = 10_000;
    /** A listener this many events behind is falling behind the platform, not just busy for a moment. */
    private static final int SLOW_LISTENER_BACKLOG = 10_000;
    private final int slowListenerBacklog;
    private static final String COUNTER = "platform_event";

    private final Database database;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private final Thread tail;
    private volatile boolean closed;
    /** The newest id handed to subscribers; every event up to it has been delivered. Guarded by {@link #lock}. */
    private long delivered;

    /** An event log for a standalone engine: it hears only the events it publishes itself. */
    public EventLog(Database database) {
        this(database, Duration.ZERO);
    }

    /**
     * An event log that also hears the events other nodes publish to the same database, looking for them
     * every {@code pollInterval} (zero: never).
     */
    public EventLog(Database database, Duration pollInterval) {
        this(database, pollInterval, SLOW_LISTENER_BACKLOG);
    }

    EventLog(Database database, Duration pollInterval, int slowListenerBacklog) {
        this.database = database;
        this.slowListenerBacklog = slowListenerBacklog;
        this.delivered = database.read(EventLog::counterValue);
        this.tail = pollInterval.isZero() ? null
                : Thread.ofPlatform().daemon().name("sightline-event-tail").start(() -> tailLoop(pollInterval));
    }

    private static long counterValue(Connection connection) throws SQLException {
        return Sql.one(connection, "SELECT last_id FROM event_counter WHERE name = ?", row -> row.getLong("last_id"),
                COUNTER).orElseThrow(() -> new SQLException("The event counter is missing"));
    }

    /** Numbers, stores and delivers {@code event} (its own id is ignored); returns it with its id. */
    public PlatformEvent publish(PlatformEvent event) {
        return publishWith(c -> event, Function.identity());
    }

    /**
     * Runs {@code change} and stores the event made from its result in one transaction, so that the event is
     * there exactly when the change is; delivers the event once committed. When {@code change} throws, neither
     * is stored.
     */
    public <T> PlatformEvent publishWith(Database.SqlWork<T> change, Function<T, PlatformEvent> eventOf) {
        synchronized (lock) {
            PlatformEvent numbered = database.inTransaction(c -> {
                PlatformEvent event = eventOf.apply(change.run(c));
                Sql.update(c, "UPDATE event_counter SET last_id = last_id + 1 WHERE name = ?", COUNTER);
                PlatformEvent withId = event.withId(counterValue(c));
                Sql.update(c, "INSERT INTO platform_event (id, at, type, payload) VALUES (?, ?, ?, ?)",
                        withId.id(), withId.at(), withId.getClass().getSimpleName(), toJson(withId));
                return withId;
            });
            if (numbered.id() == delivered + 1) {
                deliver(List.of(numbered));
            } else {
                // Other nodes published in between: hand their events out first, in order.
                catchUp();
            }
            return numbered;
        }
    }

    /** The id of the newest event any node has committed. */
    public long lastId() {
        return database.read(EventLog::counterValue);
    }

    @Override
    public long latestEventId() {
        return lastId();
    }

    /** Events with an id greater than {@code sinceId}, oldest first, at most {@code limit}. */
    public List<PlatformEvent> since(long sinceId, int limit) {
        return database.read(c -> Sql.list(c, "SELECT payload FROM platform_event WHERE id > ? ORDER BY id LIMIT ?",
                row -> fromJson(row.getString("payload")), sinceId, limit));
    }

    private List<PlatformEvent> between(long afterId, long upToId, int limit) {
        return database.read(c -> Sql.list(c, "SELECT payload FROM platform_event WHERE id > ? AND id <= ? ORDER BY id"
                + " LIMIT ?", row -> fromJson(row.getString("payload")), afterId, upToId, limit));
    }

    @Override
    public EventSubscription subscribe(long sinceId, Consumer<PlatformEvent> listener) {
        Subscriber subscriber = new Subscriber(listener, sinceId);
        synchronized (lock) {
            long cursor = sinceId;
            List<PlatformEvent> backlog;
            do {
                backlog = between(cursor, delivered, PAGE);
                backlog.forEach(subscriber::offer);
                if (!backlog.isEmpty()) {
                    cursor = backlog.get(backlog.size() - 1).id();
                }
            } while (backlog.size() == PAGE);
            subscribers.add(subscriber);
        }
        subscriber.start();
        return () -> {
            subscribers.remove(subscriber);
            subscriber.stop();
        };
    }

    /** Delivers every committed event beyond the last one delivered (the other nodes' and this node's). */
    private void catchUp() {
        List<PlatformEvent> batch;
        do {
            batch = since(delivered, PAGE);
            deliver(batch);
        } while (batch.size() == PAGE);
    }

    private void deliver(List<PlatformEvent> events) {
        for (PlatformEvent event : events) {
            for (Subscriber subscriber : subscribers) {
                subscriber.offer(event);
            }
            delivered = event.id();
        }
    }

    private void tailLoop(Duration pollInterval) {
        boolean failing = false;
        while (!closed) {
            try {
                Thread.sleep(pollInterval);
                synchronized (lock) {
                    catchUp();
                }
                failing = false;
            } catch (InterruptedException e) {
                return;
            } catch (PlatformException e) {
                if (!failing) {
                    LOG.warn("Cannot read other nodes' events; trying again every {} ms: {}", pollInterval.toMillis(),
                            e.getMessage());
                }
                failing = true;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        if (tail != null) {
            tail.interrupt();
        }
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

    /** One listener, the queue its own thread drains, and the newest id queued for it. */
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

    private static final class Subscriber {
        private final Consumer<PlatformEvent> listener;
        private final LinkedBlockingQueue<PlatformEvent> queue = new LinkedBlockingQueue<>();
        private long lastQueued;
        private volatile Thread thread;

        Subscriber(Consumer<PlatformEvent> listener, long sinceId) {
            this.listener = listener;
            this.lastQueued = sinceId;
        }

        /** Queues {@code event} unless the subscriber already has it (it may have asked for ids ahead of us). */
        void offer(PlatformEvent event) {
            if (event.id() > lastQueued) {
                queue.add(event);
                lastQueued = event.id();
            }
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
