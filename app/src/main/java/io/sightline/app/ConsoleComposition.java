package io.sightline.app;

import io.sightline.app.shell.ConsoleSession;
import io.sightline.app.shell.MainWindow;
import io.sightline.app.shell.SessionFactory;
import io.sightline.app.shell.ShellPreferences;
import io.sightline.app.shell.ShellViewModel;
import io.sightline.app.shell.StatusBarViewModel;
import io.sightline.app.shell.Workspace;
import io.sightline.app.shell.WorkspaceRegistry;
import io.sightline.app.shell.connect.ConnectionManagerViewModel;
import io.sightline.app.shell.connect.EmbeddedEngine;
import io.sightline.app.shell.connect.PlatformConnector;
import io.sightline.app.shell.connect.PlatformProfiles;
import io.sightline.app.shell.connect.PlatformTarget;
import io.sightline.app.shell.connect.RemoteProfile;
import io.sightline.app.shell.health.HostProbe;
import io.sightline.app.shell.health.OshiHostProbe;
import io.sightline.app.shell.health.SystemHealthViewModel;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.task.UiTaskExecutor;
import io.sightline.app.workspace.analyst.AnalystWorkspace;
import io.sightline.app.workspace.scientist.ScientistWorkspace;
import io.sightline.engine.LocalPlatform;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.Platform;
import io.sightline.engine.api.PlatformException;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * The one composition root: the only place that creates a {@link Platform} — the embedded engine or a remote
 * one — and the task executor, and the place where each persona's workspace is registered, one line per
 * workspace. Switching platforms comes back here ({@link SessionFactory}) to open the new platform and make
 * the workspaces anew on it.
 */
public final class ConsoleComposition implements SessionFactory, AutoCloseable {
    /** How a workspace is made from the platform and the task executor. */
    @FunctionalInterface
    interface WorkspaceFactory {
        Workspace create(Platform platform, TaskExecutor tasks);
    }

    /** The child of the console's preferences node that keeps the remote profiles and the last choice. */
    static final String PLATFORMS_NODE = "platforms";

    /**
     * How the console reaches a remote platform. The HTTP client plugs in here, as
     * {@code profile -> RemotePlatform.connect(profile.url(), profile.token())}; until then connecting to a
     * remote platform fails and says why.
     */
    static final PlatformConnector REMOTE_PLATFORMS = profile -> {
        throw new PlatformException(ErrorCode.UNAVAILABLE, "This build of the console has no client for remote"
                + " platforms, so it cannot reach " + profile.url() + ".");
    };

    private final LaunchOptions options;
    private final PlatformConnector remotes;
    private final UiTaskExecutor tasks;
    private final List<WorkspaceFactory> workspaces;
    private final SystemHealthViewModel health;
    private final StatusBarViewModel statusBar;
    private final ShellViewModel shell;
    private final ConnectionManagerViewModel platforms;

    ConsoleComposition(LaunchOptions options, Preferences node, PlatformConnector remotes, HostProbe host,
                       PlatformTarget target, Platform platform) {
        this.options = options;
        this.remotes = remotes;
        this.tasks = new UiTaskExecutor();
        this.workspaces = List.of(
                (p, t) -> new AnalystWorkspace(p, t, options.trainingBudget()),
                ScientistWorkspace::new);
        PlatformProfiles profiles = new PlatformProfiles(node.node(PLATFORMS_NODE));
        this.health = new SystemHealthViewModel(tasks, host, System::nanoTime);
        this.statusBar = new StatusBarViewModel(health, javafx.application.Platform::runLater);
        ConsoleSession session = new ConsoleSession(target, platform, workspacesOn(platform));
        this.shell = new ShellViewModel(session, this, profiles, tasks, new ShellPreferences(node));
        this.platforms = new ConnectionManagerViewModel(profiles, remotes, tasks, System::nanoTime,
                () -> shell.sessionProperty().get().target());
        shell.sessionProperty().addListener((obs, old, now) -> follow(now));
        follow(session);
    }

    /** Opens the platform chosen last (the embedded engine the first time) and wires the console. */
    static ConsoleComposition open(LaunchOptions options) {
        Path dataDirectory = options.dataDirectory().orElseGet(LocalPlatform::defaultDataDirectory);
        return open(options, REMOTE_PLATFORMS, new OshiHostProbe(dataDirectory));
    }

    /**
     * As {@link #open(LaunchOptions)} with a given connector and probe. A remembered remote platform that cannot
     * be reached gives way to the embedded engine, and the status bar says why.
     */
    static ConsoleComposition open(LaunchOptions options, PlatformConnector remotes, HostProbe host) {
        Preferences node = Preferences.userRoot().node(options.preferencesNode());
        PlatformProfiles profiles = new PlatformProfiles(node.node(PLATFORMS_NODE));
        PlatformTarget wanted = profiles.lastChoice().flatMap(profiles::find).orElse(EmbeddedEngine.INSTANCE);
        if (wanted instanceof RemoteProfile profile) {
            try {
                return new ConsoleComposition(options, node, remotes, host, profile, remotes.connect(profile));
            } catch (RuntimeException unreachable) {
                ConsoleComposition embedded = new ConsoleComposition(options, node, remotes, host,
                        EmbeddedEngine.INSTANCE, openEmbedded(options));
                embedded.shell.reportProblem("Could not reach " + profile.name() + ": "
                        + FailureMessages.plain(unreachable, "connecting") + " This computer's engine is open"
                        + " instead.");
                return embedded;
            }
        }
        return new ConsoleComposition(options, node, remotes, host, EmbeddedEngine.INSTANCE, openEmbedded(options));
    }

    private static Platform openEmbedded(LaunchOptions options) {
        return LocalPlatform.open(options.dataDirectory().orElseGet(LocalPlatform::defaultDataDirectory));
    }

    @Override
    public Platform connect(PlatformTarget target) {
        return switch (target) {
            case EmbeddedEngine embedded -> openEmbedded(options);
            case RemoteProfile profile -> remotes.connect(profile);
        };
    }

    @Override
    public WorkspaceRegistry workspacesOn(Platform platform) {
        return new WorkspaceRegistry(workspaces.stream().map(f -> f.create(platform, tasks)).toList());
    }

    private void follow(ConsoleSession session) {
        health.attach(session.platform());
        statusBar.attach(session);
    }

    MainWindow mainWindow() {
        return new MainWindow(shell, statusBar, health, platforms);
    }

    WorkspaceRegistry registry() {
        return shell.sessionProperty().get().workspaces();
    }

    ShellViewModel shell() {
        return shell;
    }

    @Override
    public void close() {
        ConsoleSession session = shell.sessionProperty().get();
        health.close();
        statusBar.close();
        session.workspaces().closeAll();
        session.platform().close();
        tasks.close();
    }
}
