package io.sightline.app;

import io.sightline.app.demo.DemoBadge;
import io.sightline.app.demo.DemoExits;
import io.sightline.app.demo.DemoLaunch;
import io.sightline.app.demo.DemoMenu;
import io.sightline.app.demo.DemoMode;
import io.sightline.app.demo.DemoPreferences;
import io.sightline.app.demo.SimulatedWorkspace;
import io.sightline.app.remote.RemotePlatform;
import io.sightline.app.shell.ConsoleSession;
import io.sightline.app.shell.DataOrigin;
import io.sightline.app.shell.MainWindow;
import io.sightline.app.shell.ShellExtras;
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
import io.sightline.app.shell.audit.AuditLogViewModel;
import io.sightline.app.shell.health.SystemHealthViewModel;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.task.UiTaskExecutor;
import io.sightline.app.workspace.analyst.AnalystWorkspace;
import io.sightline.app.workspace.executive.ExecutiveWorkspace;
import io.sightline.app.workspace.mlops.MlopsWorkspace;
import io.sightline.app.workspace.risk.RiskWorkspace;
import io.sightline.app.workspace.scientist.ScientistWorkspace;
import io.sightline.engine.LocalPlatform;
import io.sightline.engine.api.Platform;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The one composition root: the only place that creates a {@link Platform} — the embedded engine or a remote
 * one — and the task executor, and the place where each persona's workspace is registered, one line per
 * workspace. Switching platforms comes back here ({@link SessionFactory}) to open the new platform and make
 * the workspaces anew on it. In demo mode the platform is the demo's own engine, workspaces on it are told
 * their data is {@link DataOrigin#SIMULATED}, and the main window gets the Demo menu and badge; switching to
 * another platform stops the demo.
 */
public final class ConsoleComposition implements SessionFactory, AutoCloseable {
    /** How a workspace is made from the platform, the task executor and where the platform's data comes from. */
    @FunctionalInterface
    interface WorkspaceFactory {
        Workspace create(Platform platform, TaskExecutor tasks, DataOrigin origin);
    }

    /** The child of the console's preferences node that keeps the remote profiles and the last choice. */
    static final String PLATFORMS_NODE = "platforms";

    /** How the console reaches a remote platform: the HTTP client, with the profile's address and token. */
    static final PlatformConnector REMOTE_PLATFORMS = profile -> RemotePlatform.connect(profile.url(), profile.token());

    private final LaunchOptions options;
    private final PlatformConnector remotes;
    private final UiTaskExecutor tasks;
    private final List<WorkspaceFactory> workspaces;
    private final SystemHealthViewModel health;
    private final AuditLogViewModel audit;
    private final StatusBarViewModel statusBar;
    private final ShellViewModel shell;
    private final ConnectionManagerViewModel platforms;
    private final Optional<DemoMode> demo;
    private MainWindow window;

    ConsoleComposition(LaunchOptions options, Preferences node, PlatformConnector remotes, HostProbe host,
                       PlatformTarget target, Platform platform) {
        this(options, node, remotes, host, target, platform, Optional.empty());
    }

    ConsoleComposition(LaunchOptions options, Preferences node, PlatformConnector remotes, HostProbe host,
                       PlatformTarget target, Platform platform, Optional<DemoMode> demo) {
        this.options = options;
        this.remotes = remotes;
        this.demo = demo;
        this.tasks = new UiTaskExecutor();
        this.workspaces = List.of(
                (p, t, o) -> new AnalystWorkspace(p, t, options.trainingBudget()),
                (p, t, o) -> SimulatedWorkspace.labelled(new ScientistWorkspace(p, t), o),
                MlopsWorkspace::new,
                RiskWorkspace::new,
                ExecutiveWorkspace::new);
        PlatformProfiles profiles = new PlatformProfiles(node.node(PLATFORMS_NODE));
        this.health = new SystemHealthViewModel(tasks, host, System::nanoTime);
        this.audit = new AuditLogViewModel(tasks, InstantSource.system());
        this.statusBar = new StatusBarViewModel(health, javafx.application.Platform::runLater);
        ConsoleSession session = new ConsoleSession(target, platform, workspacesOn(platform));
        this.shell = new ShellViewModel(session, this, profiles, tasks, new ShellPreferences(node));
        this.platforms = new ConnectionManagerViewModel(profiles, remotes, tasks, System::nanoTime,
                () -> shell.sessionProperty().get().target());
        shell.sessionProperty().addListener((obs, old, now) -> follow(now));
        follow(session);
        demo.ifPresent(DemoMode::start);
    }

    /**
     * Opens the demo on its own engine when it is wanted (see {@link DemoLaunch}), else the platform chosen
     * last (the embedded engine on the chosen data directory, or {@code defaultDataDirectory}, the first time),
     * and wires the console.
     */
    static ConsoleComposition open(LaunchOptions options, Path defaultDataDirectory, DemoExits exits) {
        Path userDirectory = options.dataDirectory().orElse(defaultDataDirectory);
        LaunchOptions resolved = options.dataDirectory().isPresent() ? options : options.withDataDirectory(userDirectory);
        Optional<DemoMode> demo = DemoLaunch.openIfWanted(options.demo(), options.dataDirectory().isPresent(),
                demoPreferences(options), userDirectory, LocalPlatform::open, exits,
                javafx.application.Platform::runLater);
        HostProbe host = new OshiHostProbe(userDirectory);
        if (demo.isPresent()) {
            return new ConsoleComposition(resolved, preferencesNode(options), REMOTE_PLATFORMS, host,
                    EmbeddedEngine.INSTANCE, demo.get().platform(), demo);
        }
        return open(resolved, REMOTE_PLATFORMS, host);
    }

    /** Where the user's own data lives when no directory is named: {@code $SIGHTLINE_HOME} or the usual place. */
    static Path defaultDataDirectory() {
        return LocalPlatform.defaultDataDirectory();
    }

    static DemoPreferences demoPreferences(LaunchOptions options) {
        return new DemoPreferences(preferencesNode(options));
    }

    static Preferences preferencesNode(LaunchOptions options) {
        return Preferences.userRoot().node(options.preferencesNode());
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
        DataOrigin origin = demo.filter(d -> d.platform() == platform).isPresent()
                ? DataOrigin.SIMULATED : DataOrigin.OWN;
        return new WorkspaceRegistry(workspaces.stream().map(f -> f.create(platform, tasks, origin)).toList());
    }

    private void follow(ConsoleSession session) {
        health.attach(session.platform());
        audit.attach(session.platform());
        statusBar.attach(session);
        demo.filter(d -> d.platform() != session.platform()).ifPresent(DemoMode::close);
    }

    MainWindow mainWindow() {
        ShellExtras extras = demo.map(d -> new ShellExtras(List.of(DemoMenu.create(d.viewModel())),
                List.of(DemoBadge.create(d.viewModel())))).orElse(ShellExtras.NONE);
        window = new MainWindow(shell, statusBar, health, platforms, audit, extras);
        return window;
    }

    /** Stops the window's timers (on the FX thread) before the console is closed or replaced. */
    void closeWindow() {
        if (window != null) {
            window.close();
        }
    }

    Optional<DemoMode> demo() {
        return demo;
    }

    Platform platform() {
        return shell.sessionProperty().get().platform();
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
        demo.ifPresent(DemoMode::close);
        health.close();
        statusBar.close();
        session.workspaces().closeAll();
        session.platform().close();
        tasks.close();
    }
}
