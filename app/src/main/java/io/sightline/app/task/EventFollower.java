package io.sightline.app.task;

import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.PlatformEvent;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Follows platform events while a workspace is on screen: {@link #start()} subscribes once (off the UI thread)
 * from the newest event id and then asks for a refresh, so that nothing happening after the refresh has read
 * its data can be missed; {@link #stop()} closes the subscription. {@code start}, {@code stop} and the task
 * callbacks run on the UI thread; the listener is called on the platform's delivery thread.
 */
public final class EventFollower {
    private final Events events;
    private final TaskExecutor tasks;
    private final Consumer<PlatformEvent> listener;
    private final Runnable refresh;
    private final String whenOff;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    private boolean active;
    private boolean subscribing;
    private EventSubscription subscription;

    /**
     * @param refresh asked for after every start, whether or not the subscription worked
     * @param whenOff what the screen does without live updates, said after the reason they are off
     */
    public EventFollower(Events events, TaskExecutor tasks, Consumer<PlatformEvent> listener, Runnable refresh,
            String whenOff) {
        this.events = Objects.requireNonNull(events);
        this.tasks = Objects.requireNonNull(tasks);
        this.listener = Objects.requireNonNull(listener);
        this.refresh = Objects.requireNonNull(refresh);
        this.whenOff = Objects.requireNonNull(whenOff);
    }

    /** The workspace is on screen: listen (once) and refresh. */
    public void start() {
        active = true;
        if (subscription != null || subscribing) {
            refresh.run();
            return;
        }
        subscribing = true;
        tasks.execute(BackgroundTask.of(() -> events.subscribe(events.latestEventId(), listener))
                .onSuccess(this::subscribed)
                .onFailure(failure -> problem.set("Live updates are off: "
                        + FailureMessages.plain(failure, "listening for changes") + " " + whenOff))
                .onFinished(() -> {
                    subscribing = false;
                    refresh.run();
                }));
    }

    private void subscribed(EventSubscription live) {
        problem.set("");
        if (active) {
            subscription = live;
        } else {
            close(live);
        }
    }

    /** The workspace left the screen: stop listening; {@link #start()} starts again. */
    public void stop() {
        active = false;
        EventSubscription live = subscription;
        subscription = null;
        if (live != null) {
            close(live);
        }
    }

    private void close(EventSubscription live) {
        tasks.execute(BackgroundTask.run(live::close));
    }

    /** Why live updates are off; empty while they are on. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
