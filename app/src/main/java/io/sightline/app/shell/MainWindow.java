package io.sightline.app.shell;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import io.sightline.app.icons.AppIcon;
import io.sightline.app.shell.audit.AuditLogView;
import io.sightline.app.shell.audit.AuditLogViewModel;
import io.sightline.app.shell.connect.ConnectionManagerViewModel;
import io.sightline.app.shell.connect.PlatformTarget;
import io.sightline.app.shell.health.SystemHealthView;
import io.sightline.app.shell.health.SystemHealthViewModel;
import java.util.EnumMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The main window: menus, the persona switcher, the centre (the current workspace, or the Platforms, System
 * health or Audit log page) and the status bar. It builds nodes, binds them to the view models and forwards what the user
 * does; the state lives in the models.
 */
public final class MainWindow {
    public static final String STYLESHEET = "/io/sightline/assets/theme/sightline.css";
    static final String SHELL_STYLESHEET = "/io/sightline/assets/theme/shell.css";
    static final String PERSONA_SWITCHER_ID = "persona-switcher";
    static final String WORKSPACE_AREA_ID = "workspace-area";
    static final String PLATFORM_BUTTON_ID = "platform-button";
    private static final Duration HEALTH_REFRESH = Duration.seconds(SystemHealthViewModel.REFRESH_SECONDS);
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 820;

    private final ShellViewModel viewModel;
    private final SystemHealthViewModel health;
    private final PlatformsPage platformsPage;
    private final SystemHealthView healthPage;
    private final AuditLogViewModel audit;
    private final AuditLogView auditPage;
    private final ShellExtras extras;
    private final StackPane workspaceArea = new StackPane();
    private final Map<Persona, ToggleButton> personaButtons = new EnumMap<>(Persona.class);
    private final BorderPane root = new BorderPane();
    private final Timeline healthRefresh;
    private Stage stage;
    private WindowPlacement normalPlacement;

    public MainWindow(ShellViewModel viewModel, StatusBarViewModel status, SystemHealthViewModel health,
                      ConnectionManagerViewModel platforms, AuditLogViewModel audit) {
        this(viewModel, status, health, platforms, audit, ShellExtras.NONE);
    }

    public MainWindow(ShellViewModel viewModel, StatusBarViewModel status, SystemHealthViewModel health,
                      ConnectionManagerViewModel platforms, AuditLogViewModel audit, ShellExtras extras) {
        this.viewModel = viewModel;
        this.extras = extras;
        this.health = health;
        this.audit = audit;
        this.platformsPage = new PlatformsPage(viewModel, platforms);
        this.healthPage = new SystemHealthView(health, () -> viewModel.showPage(ShellPage.WORKSPACE));
        this.auditPage = new AuditLogView(audit, () -> viewModel.showPage(ShellPage.WORKSPACE));
        root.getStyleClass().add("main-window");
        workspaceArea.setId(WORKSPACE_AREA_ID);
        workspaceArea.getStyleClass().add("workspace-area");
        root.setTop(new VBox(menuBar(platforms), header()));
        root.setCenter(workspaceArea);
        root.setBottom(new StatusBar(viewModel, status, health).root());
        healthRefresh = new Timeline(new KeyFrame(HEALTH_REFRESH, e -> health.refresh()));
        healthRefresh.setCycleCount(Timeline.INDEFINITE);
    }

    /** Places the window where it was last time, shows it, and starts watching the engine's health. */
    public void show(Stage primaryStage) {
        this.stage = primaryStage;
        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().addAll(MainWindow.class.getResource(STYLESHEET).toExternalForm(),
                MainWindow.class.getResource(SHELL_STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Sightline");
        stage.setMinWidth(WindowPlacement.MIN_WIDTH);
        stage.setMinHeight(WindowPlacement.MIN_HEIGHT);

        viewModel.themeProperty().addListener((obs, old, theme) -> applyTheme(theme));
        applyTheme(viewModel.themeProperty().get());
        viewModel.selectedPersonaProperty().addListener((obs, old, persona) -> showCentre());
        viewModel.pageProperty().addListener((obs, old, page) -> showCentre());
        viewModel.sessionProperty().addListener((obs, old, session) -> showCentre());
        showCentre();

        place();
        stage.setOnHidden(e -> {
            healthRefresh.stop();
            viewModel.saveWindowPlacement(currentPlacement());
        });
        stage.show();
        health.refresh();
        healthRefresh.play();
    }

    public Stage stage() {
        return stage;
    }

    /** Stops watching the engine's health, before the console closes or replaces this window. */
    public void close() {
        healthRefresh.stop();
    }

    private MenuBar menuBar(ConnectionManagerViewModel platforms) {
        MenuItem open = item("Open a data file…", AppIcon.OPEN_FILE, Shortcut.OPEN_FILE, this::openFile);
        open.disableProperty().bind(viewModel.selectedPersonaProperty().map(
                p -> registry().workspace(p).map(w -> !w.opensFiles()).orElse(true)).orElse(true));
        MenuItem quit = item("Quit", null, Shortcut.QUIT, () -> stage.close());
        Menu file = new Menu("File", null, open, new SeparatorMenuItem(), quit);

        Menu view = new Menu("View");
        for (Persona persona : viewModel.personas()) {
            view.getItems().add(item(persona.title(), iconOf(persona), Shortcut.persona(persona),
                    () -> viewModel.select(persona)));
        }
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(Shortcut.TOGGLE_THEME.keys());
        dark.setSelected(viewModel.themeProperty().get() == Theme.DARK);
        viewModel.themeProperty().addListener((obs, old, theme) -> dark.setSelected(theme == Theme.DARK));
        dark.setOnAction(e -> {
            // the check box flips itself; the model decides
            dark.setSelected(viewModel.themeProperty().get() == Theme.DARK);
            viewModel.toggleTheme();
        });
        view.getItems().addAll(new SeparatorMenuItem(), dark);

        MenuItem shortcuts = item("Keyboard shortcuts", AppIcon.KEYBOARD, Shortcut.SHOW_SHORTCUTS,
                () -> ShellDialogs.showShortcuts(stage, Shortcut.all(viewModel.personas())));
        MenuItem about = item("About Sightline", AppIcon.INFO, null,
                () -> ShellDialogs.showAbout(stage, health.infoProperty().get()));
        Menu help = new Menu("Help", null, shortcuts, about);
        MenuBar bar = new MenuBar(file, view, platformMenu(platforms));
        bar.getMenus().addAll(extras.menus());
        bar.getMenus().add(help);
        return bar;
    }

    /** Platform ▸ one item per platform (the connected one checked), then the shell's pages. */
    private Menu platformMenu(ConnectionManagerViewModel platforms) {
        Menu menu = new Menu("Platform");
        MenuItem manage = item("Manage platforms…", AppIcon.PLATFORMS, Shortcut.PLATFORMS,
                () -> viewModel.showPage(ShellPage.PLATFORMS));
        MenuItem systemHealth = item("System health", AppIcon.HEALTH, Shortcut.SYSTEM_HEALTH,
                () -> viewModel.showPage(ShellPage.SYSTEM_HEALTH));
        MenuItem auditLog = item("Audit log", AppIcon.AUDIT_LOG, null, () -> viewModel.showPage(ShellPage.AUDIT_LOG));
        Runnable rebuild = () -> {
            menu.getItems().clear();
            PlatformTarget connected = viewModel.sessionProperty().get().target();
            for (PlatformTarget target : platforms.targets()) {
                RadioMenuItem choice = new RadioMenuItem(target.title());
                choice.setSelected(target.equals(connected));
                choice.setOnAction(e -> {
                    choice.setSelected(target.equals(viewModel.sessionProperty().get().target()));
                    viewModel.switchTo(target);
                });
                choice.disableProperty().bind(viewModel.switchingProperty());
                menu.getItems().add(choice);
            }
            menu.getItems().addAll(new SeparatorMenuItem(), manage, systemHealth, auditLog);
        };
        platforms.targets().addListener((ListChangeListener<PlatformTarget>) change -> rebuild.run());
        viewModel.sessionProperty().addListener((obs, old, now) -> rebuild.run());
        rebuild.run();
        return menu;
    }

    private static MenuItem item(String text, AppIcon icon, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : icon.node());
        if (shortcut != null) {
            item.setAccelerator(shortcut.keys());
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private HBox header() {
        Label title = new Label("Sightline");
        title.getStyleClass().addAll(Styles.TITLE_3, "app-title");
        title.setMinWidth(Region.USE_PREF_SIZE); // on a narrow window, the extras give way, not the name

        HBox switcher = new HBox();
        switcher.setId(PERSONA_SWITCHER_ID);
        switcher.getStyleClass().add("persona-switcher");
        ToggleGroup group = new ToggleGroup();
        var personas = viewModel.personas();
        for (int i = 0; i < personas.size(); i++) {
            Persona persona = personas.get(i);
            ToggleButton button = new ToggleButton(persona.shortTitle(), iconOf(persona).node());
            button.setToggleGroup(group);
            button.setTooltip(new Tooltip(persona.title() + " (" + Shortcut.persona(persona).keys().getDisplayText() + ")"));
            button.getStyleClass().add(pillPosition(i, personas.size()));
            button.setOnAction(e -> {
                viewModel.select(persona);
                button.setSelected(true); // a toggle group would otherwise let the user un-select everything
            });
            button.setMinWidth(Region.USE_PREF_SIZE);
            personaButtons.put(persona, button);
            switcher.getChildren().add(button);
        }

        Button theme = new Button();
        theme.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        theme.graphicProperty().bind(viewModel.themeProperty().map(
                t -> t == Theme.DARK ? AppIcon.THEME_LIGHT.node() : AppIcon.THEME_DARK.node()));
        theme.setTooltip(new Tooltip("Light / dark (" + Shortcut.TOGGLE_THEME.keys().getDisplayText() + ")"));
        theme.setOnAction(e -> viewModel.toggleTheme());
        theme.setMinWidth(Region.USE_PREF_SIZE);

        Button platform = new Button();
        platform.setId(PLATFORM_BUTTON_ID);
        platform.getStyleClass().add(Styles.FLAT);
        platform.textProperty().bind(viewModel.sessionProperty().map(s -> s.target().shortTitle()));
        platform.setGraphic(AppIcon.PLATFORMS.node());
        platform.setMinWidth(Region.USE_PREF_SIZE); // the demo's status line gives way first
        platform.setTooltip(new Tooltip());
        platform.getTooltip().textProperty().bind(viewModel.sessionProperty().map(s -> s.target().title()
                + ". Platforms: connect to this computer or a remote platform ("
                + Shortcut.PLATFORMS.keys().getDisplayText() + ")"));
        platform.setOnAction(e -> viewModel.showPage(ShellPage.PLATFORMS));

        HBox header = new HBox(12, title, switcher);
        header.getChildren().addAll(extras.headerItems());
        header.getChildren().addAll(new Spacer(), platform, theme);
        header.getStyleClass().add("shell-header");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 16, 8, 16));
        return header;
    }

    private static String pillPosition(int index, int count) {
        if (count == 1) {
            return "single-pill";
        }
        return index == 0 ? Styles.LEFT_PILL : index == count - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL;
    }

    /** Shows the page the model asks for, or the selected persona's workspace on the current platform. */
    private void showCentre() {
        switch (viewModel.pageProperty().get()) {
            case PLATFORMS -> workspaceArea.getChildren().setAll(platformsPage.root());
            case SYSTEM_HEALTH -> workspaceArea.getChildren().setAll(healthPage.root());
            case AUDIT_LOG -> {
                workspaceArea.getChildren().setAll(auditPage.root());
                audit.search();
            }
            case WORKSPACE -> showWorkspace(viewModel.selectedPersonaProperty().get());
        }
    }

    private void showWorkspace(Persona persona) {
        ToggleButton button = personaButtons.get(persona);
        if (button != null) {
            button.setSelected(true);
        }
        registry().workspace(persona).ifPresent(workspace -> {
            workspaceArea.getChildren().setAll(workspace.view());
            workspace.onShown();
        });
    }

    private WorkspaceRegistry registry() {
        return viewModel.sessionProperty().get().workspaces();
    }

    private void openFile() {
        viewModel.showPage(ShellPage.WORKSPACE);
        registry().workspace(viewModel.selectedPersonaProperty().get())
                .filter(Workspace::opensFiles)
                .ifPresent(w -> w.openFile(stage));
    }

    private void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        root.pseudoClassStateChanged(DARK, theme == Theme.DARK);
    }

    private void place() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        WindowPlacement placement = viewModel.windowPlacement()
                .filter(p -> onSomeScreen(p))
                .orElseGet(() -> new WindowPlacement(
                        screen.getMinX() + Math.max(0, (screen.getWidth() - DEFAULT_WIDTH) / 2),
                        screen.getMinY() + Math.max(0, (screen.getHeight() - DEFAULT_HEIGHT) / 2),
                        Math.min(DEFAULT_WIDTH, screen.getWidth()), Math.min(DEFAULT_HEIGHT, screen.getHeight()),
                        false));
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        stage.setMaximized(placement.maximized());
        normalPlacement = placement;
        // Remember the last un-maximised bounds, so that un-maximising next time restores them.
        stage.xProperty().addListener(o -> rememberNormalBounds());
        stage.yProperty().addListener(o -> rememberNormalBounds());
        stage.widthProperty().addListener(o -> rememberNormalBounds());
        stage.heightProperty().addListener(o -> rememberNormalBounds());
    }

    private static boolean onSomeScreen(WindowPlacement placement) {
        // a window left on a monitor that is gone would open out of sight
        return !Screen.getScreensForRectangle(placement.x(), placement.y(),
                Math.min(placement.width(), 100), Math.min(placement.height(), 100)).isEmpty();
    }

    private void rememberNormalBounds() {
        if (!stage.isMaximized() && !stage.isIconified()) {
            normalPlacement = new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    false);
        }
    }

    private WindowPlacement currentPlacement() {
        return new WindowPlacement(normalPlacement.x(), normalPlacement.y(), normalPlacement.width(),
                normalPlacement.height(), stage.isMaximized());
    }

    private static AppIcon iconOf(Persona persona) {
        return AppIcon.valueOf(persona.name());
    }
}
