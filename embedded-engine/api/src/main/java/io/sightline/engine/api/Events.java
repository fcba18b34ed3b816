package io.sightline.engine.api;

import java.util.function.Consumer;

/** The platform's live happenings, in order and resumable: a client that reconnects misses nothing. */
public interface Events {

    /** The id of the newest event so far: subscribe with it to hear only what happens from now on. */
    long latestEventId();

    /** Delivers every event with an id greater than {@code sinceId}, then new ones as they happen. */
    EventSubscription subscribe(long sinceId, Consumer<PlatformEvent> listener);
}
