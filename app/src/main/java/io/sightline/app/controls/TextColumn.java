package io.sightline.app.controls;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/**
 * A table column that shows a formatted text of its row but sorts by the row's real value (so "9.5 KB" sorts
 * before "12.0 MB"). Without an order it sorts by the text.
 */
public class TextColumn<S> extends TableColumn<S, S> {

    public TextColumn(String title, Function<? super S, String> text) {
        this(title, text, Comparator.comparing(row -> String.valueOf(text.apply(row))));
    }

    public TextColumn(String title, Function<? super S, String> text, Comparator<? super S> order) {
        super(title);
        setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(S row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.apply(row));
            }
        });
        setComparator((a, b) -> order.compare(a, b));
    }
}
