package io.sightline.engine.wire;

/**
 * The event stream's own frames besides platform events (which travel with their type as the SSE event name
 * and their id as the SSE id): a greeting that says how often heartbeats come, and the heartbeats.
 */
public final class StreamFrames {
    public static final String HELLO = "hello";
    public static final String HEARTBEAT = "heartbeat";

    private StreamFrames() {
    }

    /** Sent first on every connection. */
    public record Hello(long heartbeatMillis, long latestEventId) {
    }

    /** Sent every {@code heartbeatMillis}, so that a client can tell a quiet stream from a dead link. */
    public record Heartbeat(long latestEventId) {
    }
}
