package io.sightline.app.workspace.analyst;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import io.sightline.app.icons.AppIcon;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The layout every wizard step shares — title, explanation, body, actions at the bottom — and its pieces. */
final class StepPage {
    static final String PAGE_CLASS = "wizard-page";
    static final String ACTIONS_CLASS = "wizard-actions";
    static final String ERROR_CLASS = "plain-error";

    private StepPage() {
    }

    static BorderPane page(String title, String explanation, Node body, Node... actions) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label(explanation);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.setWrapText(true);
        VBox top = new VBox(4, heading, intro);
        top.setPadding(new Insets(0, 0, 12, 0));

        HBox bar = new HBox(12);
        bar.getChildren().add(new Spacer());
        bar.getChildren().addAll(actions);
        bar.getStyleClass().add(ACTIONS_CLASS);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(12, 0, 0, 0));

        BorderPane page = new BorderPane(body, top, null, actions.length == 0 ? null : bar, null);
        page.getStyleClass().add(PAGE_CLASS);
        page.setPadding(new Insets(20, 28, 16, 28));
        return page;
    }

    /** An accent button: the step's main action. */
    static Button primary(String text, AppIcon icon, Runnable action) {
        Button button = new Button(text, icon.node());
        button.getStyleClass().add(Styles.ACCENT);
        button.setOnAction(e -> action.run());
        return button;
    }

    static Button secondary(String text, AppIcon icon, Runnable action) {
        Button button = new Button(text, icon.node());
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A red sentence near the action it concerns; takes no room while there is nothing to say. */
    static Label error(ObservableValue<String> message) {
        Label label = new Label();
        label.getStyleClass().addAll(ERROR_CLASS, Styles.DANGER);
        label.setGraphic(AppIcon.WARNING.node());
        label.setWrapText(true);
        label.textProperty().bind(message);
        showWhenText(label, message);
        return label;
    }

    /** A muted or plain sentence that takes no room while empty. */
    static Label sentence(ObservableValue<String> text, String... styleClasses) {
        Label label = new Label();
        label.getStyleClass().addAll(styleClasses);
        label.setWrapText(true);
        label.textProperty().bind(text);
        showWhenText(label, text);
        return label;
    }

    static ProgressIndicator busy(ObservableBooleanValue working) {
        ProgressIndicator indicator = new ProgressIndicator();
        indicator.setPrefSize(22, 22);
        indicator.setMaxSize(22, 22);
        indicator.visibleProperty().bind(working);
        indicator.managedProperty().bind(working);
        return indicator;
    }

    static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static void showWhenText(Node node, ObservableValue<String> text) {
        showWhen(node, javafx.beans.binding.Bindings.createBooleanBinding(
                () -> text.getValue() != null && !text.getValue().isEmpty(), text));
    }

    /** A small muted explanation under a picture or an action. */
    static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    /** A titled group inside a page. */
    static VBox section(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox section = new VBox(8, heading);
        section.getChildren().addAll(content);
        section.getStyleClass().add("wizard-section");
        return section;
    }
}
