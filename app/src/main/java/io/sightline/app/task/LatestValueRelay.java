package io.sightline.app.task;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands values produced on other threads to the UI thread without flooding it: at most one delivery is
 * queued at a time and it carries the latest value offered (the {@code Task.updateMessage} idiom). Values
 * offered while a delivery is queued replace each other, so they must be whole snapshots, not increments.
 */
public final class LatestValueRelay<T> {
    private final Executor uiThread;
    private final Consumer<? super T> consumer;
    private final AtomicReference<T> pending = new AtomicReference<>();

    /** {@code uiThread} is {@code javafx.application.Platform::runLater} in the console, a queue in tests. */
    public LatestValueRelay(Executor uiThread, Consumer<? super T> consumer) {
        this.uiThread = Objects.requireNonNull(uiThread);
        this.consumer = Objects.requireNonNull(consumer);
    }

    /** Callable from any thread. */
    public void offer(T value) {
        if (pending.getAndSet(Objects.requireNonNull(value)) == null) {
            uiThread.execute(this::deliver);
        }
    }

    private void deliver() {
        T latest = pending.getAndSet(null);
        if (latest != null) {
            consumer.accept(latest);
        }
    }
}
