package io.sightline.app.fakes;

import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.PlatformEvent;
import java.util.function.Consumer;

/**
 * An in-memory event stream: it keeps the listener of the open subscription (null once closed) so that a test
 * can deliver events as the platform's delivery thread would.
 */
public class EventStream implements Events {
    public volatile Consumer<PlatformEvent> listener;

    @Override
    public long latestEventId() {
        return 7;
    }

    @Override
    public EventSubscription subscribe(long sinceId, Consumer<PlatformEvent> newListener) {
        listener = newListener;
        return () -> listener = null;
    }
}
