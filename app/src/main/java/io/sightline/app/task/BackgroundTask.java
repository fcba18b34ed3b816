package io.sightline.app.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A piece of work to run off the FX thread, with callbacks that the executor delivers on the UI thread:
 * {@code onSuccess} with the result, {@code onFailure} with the exception, {@code onFinished} either way.
 */
public final class BackgroundTask<T> {
    private final Callable<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<? super Throwable> onFailure = error -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(Callable<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(Callable<T> work) {
        return new BackgroundTask<>(work);
    }

    public static BackgroundTask<Void> run(Runnable work) {
        return new BackgroundTask<>(() -> {
            work.run();
            return null;
        });
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<? super Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onFinished(Runnable handler) {
        this.onFinished = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs the work on the calling thread and returns a callback to run on the UI thread. */
    Runnable call() {
        try {
            T result = work.call();
            return () -> {
                try {
                    onSuccess.accept(result);
                } finally {
                    onFinished.run();
                }
            };
        } catch (Exception | Error e) {
            return () -> {
                try {
                    onFailure.accept(e);
                } finally {
                    onFinished.run();
                }
            };
        }
    }
}
