package io.sightline.app.workspace.scientist;

import io.sightline.app.task.FailureMessages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Where a list stands: loading, loaded (and what to say when it is empty), or failed with a message in plain
 * words. One per list, shown next to the list it concerns.
 */
public final class LoadStatus {
    private final String emptyText;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper placeholder;

    LoadStatus(String loadingText, String emptyText) {
        this.emptyText = emptyText;
        this.placeholder = new ReadOnlyStringWrapper(this, "placeholder", loadingText);
    }

    void started() {
        loading.set(true);
    }

    void loaded(boolean empty) {
        loading.set(false);
        error.set("");
        placeholder.set(empty ? emptyText : "");
    }

    void failed(Throwable failure, String what) {
        loading.set(false);
        error.set(FailureMessages.plain(failure, what));
        placeholder.set("Nothing to show: " + what + " failed.");
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Empty when the last load worked; otherwise what went wrong and, where known, what to do. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    /** What an empty list says: loading, the empty-state sentence, or that loading failed. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public String getPlaceholder() {
        return placeholder.get();
    }
}
