package io.sightline.app.shell;

import atlantafx.base.theme.Styles;
import io.sightline.app.icons.AppIcon;
import io.sightline.engine.api.PlatformInfo;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The Help menu's dialogs: keyboard shortcuts and About. */
final class ShellDialogs {
    private ShellDialogs() {
    }

    static void showShortcuts(Window owner, List<Shortcut> shortcuts) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        for (int i = 0; i < shortcuts.size(); i++) {
            Label keys = new Label(shortcuts.get(i).keys().getDisplayText());
            keys.getStyleClass().addAll("key-combination", Styles.TEXT_BOLD);
            grid.addRow(i, keys, new Label(shortcuts.get(i).description()));
        }
        show(owner, "Keyboard shortcuts", AppIcon.KEYBOARD, grid);
    }

    /** {@code engine} is null while the engine has not answered yet. */
    static void showAbout(Window owner, PlatformInfo engine) {
        Label name = new Label("Sightline");
        name.getStyleClass().add(Styles.TITLE_2);
        Label purpose = new Label("An operations console for machine learning: from a spreadsheet to a model"
                + " in use, and watching it once it is.");
        purpose.setWrapText(true);
        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(6);
        facts.addRow(0, muted("Engine"), new Label(engine == null ? "" : engine.mode() + " " + engine.version()));
        facts.addRow(1, muted("Data"), new Label(engine == null ? "" : engine.location()));
        facts.addRow(2, muted("Java"), new Label(System.getProperty("java.version")));
        facts.addRow(3, muted("JavaFX"), new Label(System.getProperty("javafx.runtime.version", "")));
        VBox body = new VBox(12, name, purpose, facts);
        body.setPrefWidth(460);
        show(owner, "About Sightline", AppIcon.INFO, body);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private static void show(Window owner, String title, AppIcon icon, javafx.scene.Node content) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setGraphic(icon.node());
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.showAndWait();
    }
}
