package io.sightline.app;

import io.sightline.app.shell.MainWindow;
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
 * the place where each persona's workspace is registered — one line per workspace.
 */
public final class ConsoleComposition implements AutoCloseable {
    /** How a workspace is made from the platform and the task executor. */
    @FunctionalInterface
    interface WorkspaceFactory {
        Workspace create(Platform platform, TaskExecutor tasks);
    }

    private final Platform platform;
    private final UiTaskExecutor tasks;
    private final WorkspaceRegistry registry;
    private final ShellViewModel shell;

    ConsoleComposition(LaunchOptions options, Platform platform) {
        this.platform = platform;
        this.tasks = new UiTaskExecutor();
        List<WorkspaceFactory> workspaces = List.of(
                (p, t) -> new AnalystWorkspace(p, t, options.trainingBudget()),
                ScientistWorkspace::new);
        this.registry = new WorkspaceRegistry(workspaces.stream().map(f -> f.create(platform, tasks)).toList());
        ShellPreferences preferences = new ShellPreferences(Preferences.userRoot().node(options.preferencesNode()));
        this.shell = new ShellViewModel(platform, tasks, preferences, registry.personas());
    }

    /** Opens the embedded engine on the chosen data directory (or its default) and wires the console. */
    static ConsoleComposition open(LaunchOptions options) {
        return new ConsoleComposition(options, openPlatform(options.dataDirectory()));
    }

    private static Platform openPlatform(Optional<Path> dataDirectory) {
        return LocalPlatform.open(dataDirectory.orElseGet(LocalPlatform::defaultDataDirectory));
    }

    MainWindow mainWindow() {
        return new MainWindow(shell, registry);
    }

    WorkspaceRegistry registry() {
        return registry;
    }

    ShellViewModel shell() {
        return shell;
    }

    @Override
    public void close() {
        registry.workspaces().forEach(Workspace::close);
        tasks.close();
        platform.close();
    }
}
