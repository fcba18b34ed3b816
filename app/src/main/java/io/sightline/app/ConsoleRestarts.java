package io.sightline.app;

import io.sightline.app.demo.DemoExits;
import io.sightline.app.demo.DemoMode;
import io.sightline.app.demo.DemoPreferences;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The console across the demo's reset and exit: it opens the composition at launch and replaces it when the
 * demo is reset (the demo's data wiped, the demo started again) or left (the user's own engine opened, and
 * remembered for later launches). The old composition is closed and the new one opened on a background
 * thread; the new one is handed to {@code onReplaced} on the UI thread.
 */
final class ConsoleRestarts implements DemoExits, AutoCloseable {
    private final Path defaultDataDirectory;
    private final Executor uiThread;
    private final Consumer<ConsoleComposition> onReplaced;
    private final Consumer<Throwable> onFailed;
    private LaunchOptions options;
    private ConsoleComposition current;
    private Thread replacing;

    /** {@code defaultDataDirectory} holds the user's own data when the options name no directory. */
    ConsoleRestarts(LaunchOptions options, Path defaultDataDirectory, Executor uiThread,
                   Consumer<ConsoleComposition> onReplaced, Consumer<Throwable> onFailed) {
        this.options = options;
        this.defaultDataDirectory = defaultDataDirectory;
        this.uiThread = uiThread;
        this.onReplaced = onReplaced;
        this.onFailed = onFailed;
    }

    /** Opens the console as the launch options say (call off the FX thread: it opens a database). */
    synchronized ConsoleComposition open() {
        current = ConsoleComposition.open(options, defaultDataDirectory, this);
        return current;
    }

    synchronized ConsoleComposition current() {
        return current;
    }

    @Override
    public synchronized void reset() {
        DemoMode demo = current.demo().orElseThrow(() -> new IllegalStateException("The demo is not running."));
        replace(options.withDemo(options.demo().forced(true)), () -> demo.directory().wipe());
    }

    @Override
    public synchronized void leave() {
        DemoPreferences preferences = ConsoleComposition.demoPreferences(options);
        replace(options.withDemo(options.demo().forced(false)), preferences::saveLeft);
    }

    private void replace(LaunchOptions next, Runnable betweenConsoles) {
        if (replacing != null && replacing.isAlive()) {
            return;
        }
        ConsoleComposition old = current;
        old.closeWindow();
        replacing = new Thread(() -> {
            try {
                old.close();
                betweenConsoles.run();
                ConsoleComposition fresh = ConsoleComposition.open(next, defaultDataDirectory, this);
                synchronized (this) {
                    options = next;
                    current = fresh;
                }
                uiThread.execute(() -> onReplaced.accept(fresh));
            } catch (RuntimeException e) {
                uiThread.execute(() -> onFailed.accept(e));
            }
        }, "console-restart");
        replacing.start();
    }

    /** Waits for a replacement under way, then closes the console. */
    @Override
    public void close() {
        Thread pending;
        synchronized (this) {
            pending = replacing;
        }
        if (pending != null) {
            try {
                pending.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ConsoleComposition last = current();
        if (last != null) {
            last.closeWindow();
            last.close();
        }
    }
}
