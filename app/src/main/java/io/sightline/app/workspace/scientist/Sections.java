package io.sightline.app.workspace.scientist;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The building blocks the scientist's views share: titles, hints, error lines, figure grids, placeholders. */
final class Sections {
    static final String SECTION_TITLE = "section-title";
    static final String DETAILS = "details";
    static final String HINT = "hint";
    static final String PROBLEM = "problem";
    static final String FIGURE_NAME = "figure-name";
    static final String MONO = "mono";
    private static final double ROW_HEIGHT = 34;
    private static final double HEADER_HEIGHT = 42;

    private Sections() {
    }

    static Label title(String text) {
        return styled(new Label(text), SECTION_TITLE);
    }

    static Label title(ObservableValue<String> text) {
        Label label = title("");
        label.textProperty().bind(text);
        return label;
    }

    static Label hint(String text) {
        Label label = styled(new Label(text), HINT);
        label.setWrapText(true);
        return label;
    }

    /** A line in the danger colour that is only there while {@code message} says something. */
    static Label problem(ReadOnlyStringProperty message) {
        Label label = styled(new Label(), PROBLEM);
        label.textProperty().bind(message);
        showOnlyWhen(label, message.isNotEmpty());
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    static void showOnlyWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** What an empty table says, following the list's load status. */
    static void placeholder(TableView<?> table, LoadStatus status) {
        Label label = hint("");
        label.textProperty().bind(status.placeholderProperty());
        table.setPlaceholder(label);
    }

    /** Two columns, name and value, rebuilt whenever the figures change. */
    static GridPane figures(ObservableList<Figure> figures) {
        return grid(figures, (grid, list) -> {
            for (int i = 0; i < list.size(); i++) {
                grid.addRow(i, styled(new Label(list.get(i).name()), FIGURE_NAME), new Label(list.get(i).value()));
            }
        });
    }

    /** A grid that {@code fill} rebuilds from scratch each time {@code source} changes. */
    static <T> GridPane grid(ObservableList<T> source, BiConsumer<GridPane, List<? extends T>> fill) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(3);
        Runnable rebuild = () -> {
            grid.getChildren().clear();
            fill.accept(grid, source);
        };
        source.addListener((ListChangeListener<T>) change -> rebuild.run());
        rebuild.run();
        return grid;
    }

    /**
     * Keeps a single-selection table and its ViewModel's selection in step: the user's choice goes to
     * {@code select}; when the rows are replaced, the ViewModel's selected row is selected again.
     */
    static <T, K> void followSelection(TableView<T> table, ReadOnlyObjectProperty<T> selected,
            java.util.function.Consumer<T> select, Function<T, K> key) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> select.accept(now));
        Runnable sync = () -> {
            T wanted = selected.get();
            T shown = table.getSelectionModel().getSelectedItem();
            if (wanted == null) {
                if (shown != null) {
                    table.getSelectionModel().clearSelection();
                }
                return;
            }
            if (shown == null || !key.apply(shown).equals(key.apply(wanted))) {
                table.getItems().stream().filter(row -> key.apply(row).equals(key.apply(wanted))).findFirst()
                        .ifPresent(row -> table.getSelectionModel().select(row));
            }
        };
        selected.addListener((obs, old, now) -> sync.run());
        table.getItems().addListener((ListChangeListener<T>) change -> sync.run());
    }

    /** A titled list: its title, the line saying why loading failed, any hints, and the table filling the rest. */
    static VBox listPane(String title, LoadStatus status, TableView<?> table, Node... hints) {
        placeholder(table, status);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(6, title(title));
        box.getChildren().addAll(hints);
        box.getChildren().addAll(problem(status.errorProperty()), table);
        box.getStyleClass().add(DETAILS);
        return box;
    }

    /** Sizes a table to its rows, between {@code minRows} and {@code maxRows}, so short lists leave no blank block. */
    static void fitRows(TableView<?> table, int minRows, int maxRows) {
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty().bind(Bindings.size(table.getItems())
                .map(n -> HEADER_HEIGHT + ROW_HEIGHT * Math.max(minRows, Math.min(maxRows, n.intValue()))));
        table.setMinHeight(Region.USE_PREF_SIZE);
    }

    static <T extends Node> T styled(T node, String... styleClasses) {
        node.getStyleClass().addAll(styleClasses);
        return node;
    }
}
