package io.sightline.engine.server.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.sse.SseClient;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.wire.Wire;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * One connected subscriber. Events (from the platform's delivery thread) and heartbeats (from the timer) are
 * written under one lock, so that frames never interleave.
 */
final class StreamClient {
    /** Each event type's SSE name: the type name it carries in JSON, e.g. {@code training-progress}. */
    private static final Map<Class<?>, String> EVENT_NAMES = Arrays.stream(
                    PlatformEvent.class.getAnnotation(JsonSubTypes.class).value())
            .collect(Collectors.toUnmodifiableMap(JsonSubTypes.Type::value, JsonSubTypes.Type::name));

    private final SseClient client;
    private final ReentrantLock writing = new ReentrantLock();
    private volatile EventSubscription subscription;

    StreamClient(SseClient client) {
        this.client = client;
    }

    void subscribed(EventSubscription newSubscription) {
        this.subscription = newSubscription;
    }

    boolean open() {
        return !client.terminated();
    }

    void send(PlatformEvent event) {
        String data;
        try {
            data = Wire.MAPPER.writerFor(PlatformEvent.class).writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event could not be written as JSON", e);
        }
        write(EVENT_NAMES.getOrDefault(event.getClass(), "event"), data, String.valueOf(event.id()));
    }

    void send(String name, Object frame) {
        try {
            write(name, Wire.MAPPER.writeValueAsString(frame), null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A frame could not be written as JSON", e);
        }
    }

    private void write(String name, String data, String id) {
        writing.lock();
        try {
            if (open()) {
                if (id == null) {
                    client.sendEvent(name, data);
                } else {
                    client.sendEvent(name, data, id);
                }
            }
        } finally {
            writing.unlock();
        }
    }

    /** Stops the platform subscription; closes the connection when it is still open. */
    void close() {
        EventSubscription current = subscription;
        if (current != null) {
            current.close();
        }
        if (open()) {
            client.close();
        }
    }
}
