package io.sightline.app.workspace.scientist;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows a table shows, replaced in one go after a reload. A table clears its selection while its rows are
 * replaced and passes that on as "nothing selected"; that is not the user's choice, so a ViewModel ignores
 * selections that arrive while {@link #replacing()} is true and selects its row again afterwards.
 */
final class TableRows<T> {
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ObservableList<T> readOnly = FXCollections.unmodifiableObservableList(rows);
    private boolean replacing;

    void replace(List<T> newRows) {
        replacing = true;
        try {
            rows.setAll(newRows);
        } finally {
            replacing = false;
        }
    }

    /** True only while {@link #replace} runs: a selection arriving now comes from the table, not the user. */
    boolean replacing() {
        return replacing;
    }

    ObservableList<T> readOnly() {
        return readOnly;
    }

    List<T> rows() {
        return rows;
    }
}
