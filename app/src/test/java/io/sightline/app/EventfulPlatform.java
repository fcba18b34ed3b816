package io.sightline.app;

import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.PlatformEvent;
import java.util.function.Consumer;

/**
 * A scripted platform with an event stream: it keeps the listener of the open subscription (null once closed)
 * so that a test can deliver events as the platform's delivery thread would.
 */
public abstract class EventfulPlatform extends ScriptedPlatform {
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
