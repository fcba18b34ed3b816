package io.sightline.app;

import io.sightline.app.demo.DemoBadge;
import io.sightline.app.demo.DemoExits;
import io.sightline.app.demo.DemoLaunch;
import io.sightline.app.demo.DemoMenu;
import io.sightline.app.demo.DemoMode;
import io.sightline.app.demo.DemoPreferences;
import io.sightline.app.demo.SimulatedWorkspace;
import io.sightline.app.shell.DataOrigin;
import io.sightline.app.shell.MainWindow;
import io.sightline.app.shell.ShellExtras;
import io.sightline.app.shell.ShellPreferences;
import io.sightline.app.shell.ShellViewModel;
import io.sightline.app.shell.Workspace;
import io.sightline.app.shell.WorkspaceRegistry;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.task.UiTaskExecutor;
import io.sightline.app.workspace.analyst.AnalystWorkspace;
import io.sightline.app.workspace.scientist.ScientistWorkspace;
import io.sightline.engine.LocalPlatform;
import io.sightline.engine.api.Platform;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * The one composition root: the only place that creates the {@link Platform} and the task executor, and
 * the place where each persona's workspace is registered — one line per workspace. In demo mode the platform
 * is the demo's own engine, workspaces are told their data is {@link DataOrigin#SIMULATED}, and the main
 * window gets the Demo menu and badge.
 */
public final class ConsoleComposition implements AutoCloseable {
    /** How a workspace is made from the platform, the task executor and where the platform's data comes from. */
    @FunctionalInterface
    interface WorkspaceFactory {
        Workspace create(Platform platform, TaskExecutor tasks, DataOrigin origin);
    }

    private final Platform platform;
    private final UiTaskExecutor tasks;
    private final WorkspaceRegistry registry;
    private final ShellViewModel shell;
    private final Optional<DemoMode> demo;
    private MainWindow window;

    ConsoleComposition(LaunchOptions options, Platform platform) {
        this(options, platform, Optional.empty());
    }

    /** Wires the console on {@code platform}; with a demo, starts it. */
    ConsoleComposition(LaunchOptions options, Platform platform, Optional<DemoMode> demo) {
        this.platform = platform;
        this.demo = demo;
        this.tasks = new UiTaskExecutor();
        DataOrigin origin = demo.isPresent() ? DataOrigin.SIMULATED : DataOrigin.OWN;
        List<WorkspaceFactory> workspaces = List.of(
                (p, t, o) -> new AnalystWorkspace(p, t, options.trainingBudget()),
                (p, t, o) -> SimulatedWorkspace.labelled(new ScientistWorkspace(p, t), o));
        this.registry = new WorkspaceRegistry(workspaces.stream().map(f -> f.create(platform, tasks, origin)).toList());
        ShellPreferences preferences = new ShellPreferences(preferencesNode(options));
        this.shell = new ShellViewModel(platform, tasks, preferences, registry.personas());
        demo.ifPresent(DemoMode::start);
    }

    /**
     * Opens the demo on its own engine when it is wanted (see {@link DemoLaunch}), else the embedded engine on
     * the chosen data directory (or {@code defaultDataDirectory}), and wires the console.
     */
    static ConsoleComposition open(LaunchOptions options, Path defaultDataDirectory, DemoExits exits) {
        Path userDirectory = options.dataDirectory().orElse(defaultDataDirectory);
        Optional<DemoMode> demo = DemoLaunch.openIfWanted(options.demo(), options.dataDirectory().isPresent(),
                new DemoPreferences(preferencesNode(options)), userDirectory, LocalPlatform::open, exits,
                javafx.application.Platform::runLater);
        Platform platform = demo.map(DemoMode::platform).orElseGet(() -> LocalPlatform.open(userDirectory));
        return new ConsoleComposition(options, platform, demo);
    }

    /** Where the user's own data lives when no directory is named: {@code $SIGHTLINE_HOME} or the usual place. */
    static Path defaultDataDirectory() {
        return LocalPlatform.defaultDataDirectory();
    }

    static Preferences preferencesNode(LaunchOptions options) {
        return Preferences.userRoot().node(options.preferencesNode());
    }

    MainWindow mainWindow() {
        ShellExtras extras = demo.map(d -> new ShellExtras(List.of(DemoMenu.create(d.viewModel())),
                List.of(DemoBadge.create(d.viewModel())))).orElse(ShellExtras.NONE);
        window = new MainWindow(shell, registry, extras);
        return window;
    }

    /** Stops the window's timers (on the FX thread) before the console is closed or replaced. */
    void closeWindow() {
        if (window != null) {
            window.close();
        }
    }

    Platform platform() {
        return platform;
    }

    Optional<DemoMode> demo() {
        return demo;
    }

    WorkspaceRegistry registry() {
        return registry;
    }

    ShellViewModel shell() {
        return shell;
    }

    @Override
    public void close() {
        demo.ifPresent(DemoMode::close);
        registry.workspaces().forEach(Workspace::close);
        tasks.close();
        platform.close();
    }
}
