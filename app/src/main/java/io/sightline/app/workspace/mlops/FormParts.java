package io.sightline.app.workspace.mlops;

import io.sightline.engine.api.Comparison;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** The pieces the workspace's forms are built of: fields bound to their view model, rows of labelled fields. */
final class FormParts {
    private FormParts() {
    }

    static TextField text(String id, StringProperty value, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setPrefColumnCount(Math.max(3, (int) (width / 9)));
        return field;
    }

    static <T> ComboBox<T> choice(String id, ObservableList<T> items, ObjectProperty<T> value) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return words(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** A choice of model versions, shown as "v3". */
    static ComboBox<Integer> version(String id, ObservableList<Integer> versions, ObjectProperty<Integer> value) {
        ComboBox<Integer> box = choice(id, versions, value);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer version) {
                return version == null ? "" : "v" + version;
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        return box;
    }

    static <T> ComboBox<T> choice(String id, List<T> items, ObjectProperty<T> value) {
        return choice(id, javafx.collections.FXCollections.observableArrayList(items), value);
    }

    /** An enum constant without words of its own as words ("FIXED_SAMPLE": "Fixed sample"); else its text. */
    static String words(Object item) {
        if (item == null) {
            return "";
        }
        String text = item.toString();
        if (item instanceof Enum<?> constant && text.equals(constant.name())) {
            String spaced = text.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
            return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
        }
        return text;
    }

    /** A choice of comparison shown by its symbol: "&gt;", "&lt;=", "=". */
    static ComboBox<Comparison> comparison(String id, ObjectProperty<Comparison> value) {
        ComboBox<Comparison> box = choice(id, List.of(Comparison.values()), value);
        box.setButtonCell(symbolCell());
        box.setCellFactory(list -> symbolCell());
        return box;
    }

    private static ListCell<Comparison> symbolCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Comparison item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.symbol());
            }
        };
    }

    static CheckBox check(String id, String text, BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    /** Labelled fields in two columns, one per row. */
    static GridPane grid(Object... labelsAndFields) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            grid.addRow(i / 2, new Label((String) labelsAndFields[i]), (Node) labelsAndFields[i + 1]);
        }
        return grid;
    }

    static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * A button that is off while {@code disabled} holds, with a tooltip saying why: a disabled control shows no
     * tooltip of its own, so it is installed on a box around it.
     */
    static Node guarded(Button button, ObservableValue<Boolean> disabled, String whyOff, String whatItDoes) {
        button.disableProperty().bind(disabled);
        HBox box = new HBox(button);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(button.disabledProperty().map(off -> off ? whyOff : whatItDoes));
        Tooltip.install(box, tip);
        return box;
    }
}
