package io.sightline.engine.server.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.sse.SseClient;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.wire.Wire;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connected subscriber. Events (from the platform's delivery thread) and heartbeats (from the timer) are only
 * queued, never written by those threads: a writer of its own writes the client's frames in order, so a client
 * that stops reading stalls nobody else. Its queue is bounded; a client that falls that far behind, or whose
 * write stays blocked past the write timeout, is evicted: its connection is cut, and it reconnects with its
 * last event id and is replayed what it missed from the event log.
 */
final class StreamClient {
    private static final Logger LOG = LoggerFactory.getLogger(StreamClient.class);
    /** Each event type's SSE name: the type name it carries in JSON, e.g. {@code training-progress}. */
    private static final Map<Class<?>, String> EVENT_NAMES = Arrays.stream(
                    PlatformEvent.class.getAnnotation(JsonSubTypes.class).value())
            .collect(Collectors.toUnmodifiableMap(JsonSubTypes.Type::value, JsonSubTypes.Type::name));

    /** A frame waiting to be written; {@code id} is null for frames that are not events. */
    private record Frame(String name, String data, String id) {
    }

    private final SseClient client;
    private final BlockingQueue<Frame> frames;
    private final long writeTimeoutNanos;
    private final Thread writer;
    private final Runnable onEvicted;
    /** When the write under way started (System.nanoTime), or 0 when none is. */
    private volatile long writingSince;
    /** Why the client was evicted; null while it is served. */
    private volatile String evicted;
    private volatile EventSubscription subscription;

    StreamClient(SseClient client, int queueLimit, Duration writeTimeout, Runnable onEvicted) {
        this.client = client;
        this.onEvicted = onEvicted;
        this.frames = new ArrayBlockingQueue<>(queueLimit);
        this.writeTimeoutNanos = writeTimeout.toNanos();
        this.writer = Thread.ofVirtual().name("sightline-event-writer").start(this::writeFrames);
    }

    void subscribed(EventSubscription newSubscription) {
        this.subscription = newSubscription;
    }

    boolean open() {
        return evicted == null && !client.terminated();
    }

    /** How many frames wait to be written. */
    int queued() {
        return frames.size();
    }

    void send(PlatformEvent event) {
        String data;
        try {
            data = Wire.MAPPER.writerFor(PlatformEvent.class).writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event could not be written as JSON", e);
        }
        offer(new Frame(EVENT_NAMES.getOrDefault(event.getClass(), "event"), data, String.valueOf(event.id())));
    }

    void send(String name, Object frame) {
        try {
            offer(new Frame(name, Wire.MAPPER.writeValueAsString(frame), null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A frame could not be written as JSON", e);
        }
    }

    private void offer(Frame frame) {
        if (open() && !frames.offer(frame)) {
            evict("it fell " + frames.size() + " frames behind");
        }
    }

    /** Evicts the client when a write has been blocked longer than the write timeout; true when it was. */
    boolean evictIfStalled(long nowNanos) {
        long since = writingSince;
        if (since != 0 && nowNanos - since > writeTimeoutNanos) {
            evict("a write to it stayed blocked for more than " + writeTimeoutNanos / 1_000_000 + " ms");
            return true;
        }
        return evicted != null;
    }

    private void writeFrames() {
        try {
            while (open()) {
                Frame frame = frames.take();
                writingSince = Math.max(1, System.nanoTime());
                try {
                    if (frame.id() == null) {
                        client.sendEvent(frame.name(), frame.data());
                    } else {
                        client.sendEvent(frame.name(), frame.data(), frame.id());
                    }
                } finally {
                    writingSince = 0;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            evict("it could not be written to: " + e.getMessage());
        }
    }

    /** Stops serving the client and cuts its connection, so that a blocked write ends and the client reconnects. */
    void evict(String why) {
        if (evicted != null) {
            return;
        }
        evicted = why;
        onEvicted.run();
        LOG.info("An event stream client was disconnected ({}); it resumes from its last event when it reconnects.",
                why);
        try {
            Request.getBaseRequest(client.ctx().req()).getHttpChannel().abort(new IOException(why));
        } catch (RuntimeException e) {
            LOG.debug("Could not cut the connection of an evicted event stream client", e);
        }
        close();
    }

    /** Stops the platform subscription and the writer; closes the connection when it is still open. */
    void close() {
        EventSubscription current = subscription;
        if (current != null) {
            current.close();
        }
        writer.interrupt();
        frames.clear();
        if (!client.terminated()) {
            try {
                client.close();
            } catch (RuntimeException e) {
                LOG.debug("Closing an event stream client failed", e);
            }
        }
    }
}
