package io.sightline.app.shell;

import io.sightline.app.InMemoryPreferences;
import io.sightline.app.shell.connect.ConnectionManagerViewModel;
import io.sightline.app.shell.connect.EmbeddedEngine;
import io.sightline.app.shell.connect.PlatformConnector;
import io.sightline.app.shell.connect.PlatformProfiles;
import io.sightline.app.shell.connect.PlatformTarget;
import io.sightline.app.shell.connect.RemoteProfile;
import io.sightline.app.shell.audit.AuditLogViewModel;
import io.sightline.app.shell.health.HostSample;
import io.sightline.app.shell.health.SystemHealthViewModel;
import io.sightline.app.task.UiTaskExecutor;
import io.sightline.engine.api.Platform;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window wired as the composition root wires it, on scripted platforms: one workspace per test
 * persona whose view names the platform it was made on, a fixed host sample, preferences in memory.
 */
final class ShellScreen implements AutoCloseable {
    static final String WORKSPACE_LABEL_ID = RecordingWorkspace.LABEL_ID;
    private static final long GB = 1L << 30;

    final PlatformProfiles profiles = new PlatformProfiles(new InMemoryPreferences().node("platforms"));
    final List<RecordingWorkspace> made = new CopyOnWriteArrayList<>();
    private final UiTaskExecutor tasks = new UiTaskExecutor();
    final ShellViewModel shell;
    final StatusBarViewModel status;
    final SystemHealthViewModel health;
    final ConnectionManagerViewModel platforms;
    final AuditLogViewModel audit;
    final MainWindow window;

    ShellScreen(Stage stage, PlatformTarget first, Platform firstPlatform, Supplier<Platform> embedded,
                PlatformConnector remotes) {
        this(stage, first, firstPlatform, embedded, remotes, List.of(Persona.ANALYST, Persona.DATA_SCIENTIST),
                ShellExtras.NONE);
    }

    /** The shell with a workspace for each of {@code personas}, and what a mode adds to the window. */
    ShellScreen(Stage stage, PlatformTarget first, Platform firstPlatform, Supplier<Platform> embedded,
                PlatformConnector remotes, List<Persona> personas, ShellExtras extras) {
        SessionFactory sessions = new SessionFactory() {
            @Override
            public Platform connect(PlatformTarget target) {
                return target instanceof RemoteProfile profile ? remotes.connect(profile) : embedded.get();
            }

            @Override
            public WorkspaceRegistry workspacesOn(Platform platform) {
                List<RecordingWorkspace> workspaces = personas.stream()
                        .map(persona -> new RecordingWorkspace(persona, platform)).toList();
                made.addAll(workspaces);
                return new WorkspaceRegistry(workspaces);
            }
        };
        health = new SystemHealthViewModel(tasks, () -> new HostSample(0.3, 16 * GB, 8 * GB, 200 * GB, 150 * GB),
                System::nanoTime);
        status = new StatusBarViewModel(health, javafx.application.Platform::runLater);
        audit = new AuditLogViewModel(tasks, java.time.InstantSource.system());
        ConsoleSession session = new ConsoleSession(first, firstPlatform, sessions.workspacesOn(firstPlatform));
        shell = new ShellViewModel(session, sessions, profiles, tasks, new ShellPreferences(new InMemoryPreferences()));
        platforms = new ConnectionManagerViewModel(profiles, remotes, tasks, System::nanoTime,
                () -> shell.sessionProperty().get().target());
        shell.sessionProperty().addListener((obs, old, now) -> follow(now));
        follow(session);
        window = new MainWindow(shell, status, health, platforms, audit, extras);
        window.show(stage);
    }

    ShellScreen(Stage stage, Platform embedded, PlatformConnector remotes) {
        this(stage, EmbeddedEngine.INSTANCE, embedded, () -> embedded, remotes);
    }

    private void follow(ConsoleSession session) {
        health.attach(session.platform());
        audit.attach(session.platform());
        status.attach(session);
    }

    static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Stops what the screen started. The window's handler goes with it: tests share the primary stage, and a
     * later test that shows and hides it must not save this screen's placement into preferences gone since.
     */
    @Override
    public void close() {
        window.stage().setOnHidden(null);
        health.close();
        status.close();
        tasks.close();
    }
}
