package io.sightline.app.controls;

import atlantafx.base.theme.Styles;
import io.sightline.app.icons.AppIcon;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;

/**
 * Small pieces the operations workspaces and the shell's pages build their screens from: section titles, muted
 * hints, lines that say what went wrong, nodes that take no room while hidden, and a page's heading. Style classes are the constants below.
 */
public final class ViewParts {
    public static final String TITLE = "section-title";
    public static final String HINT = "hint";
    public static final String PROBLEM = "problem";
    public static final String NOTICE = "notice";

    private ViewParts() {
    }

    public static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(TITLE);
        return label;
    }

    /** The heading of one of the shell's own pages: its title, and the way back to the workspace. */
    public static HBox pageHeading(String title, Runnable back) {
        Label label = new Label(title);
        label.getStyleClass().add(Styles.TITLE_2);
        Button backButton = new Button("Back to the workspace", AppIcon.BACK.node());
        backButton.setOnAction(e -> back.run());
        HBox heading = new HBox(16, label, backButton);
        heading.setAlignment(Pos.CENTER_LEFT);
        return heading;
    }

    public static Label hint(ObservableValue<String> text) {
        return wrapped(text, HINT);
    }

    public static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(HINT);
        label.setWrapText(true);
        return label;
    }

    /** A line in the danger colour, there only while {@code message} says something. */
    public static Label problem(ObservableValue<String> message) {
        return whileSaying(wrapped(message, PROBLEM), message);
    }

    /** A line saying what the last action did, there only while {@code message} says something. */
    public static Label notice(ObservableValue<String> message) {
        return whileSaying(wrapped(message, NOTICE), message);
    }

    /** Shows {@code node} only while {@code condition} holds; hidden, it takes no room. */
    public static <T extends Node> T shownWhen(T node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
        return node;
    }

    private static Label whileSaying(Label label, ObservableValue<String> message) {
        return shownWhen(label, message.map(text -> !text.isEmpty()).orElse(false));
    }

    private static Label wrapped(ObservableValue<String> text, String styleClass) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** A workspace's tab, found by {@code id}. */
    public static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    /** A workspace's tabs, found by {@code id}: always there, so none can be closed. */
    public static TabPane tabs(String id, Tab... tabs) {
        TabPane pane = new TabPane(tabs);
        pane.setId(id);
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return pane;
    }
}
