package io.sightline.app.workspace.scientist;

import io.sightline.engine.api.PlatformException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Where a list stands: loading, loaded (and what to say when it is empty), or failed with a message in plain
 * words. One per list, shown next to the list it concerns.
 */
public final class LoadStatus {
    private static final System.Logger LOG = System.getLogger(LoadStatus.class.getName());

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
        error.set(plain(failure, what));
        placeholder.set("Nothing to show: " + what + " failed.");
    }

    /** The platform's own sentence when it gave one; otherwise what failed, with the details in the log. */
    static String plain(Throwable failure, String what) {
        if (failure instanceof PlatformException platformFailure && platformFailure.getMessage() != null
                && !platformFailure.getMessage().isBlank()) {
            return platformFailure.getMessage();
        }
        LOG.log(System.Logger.Level.WARNING, what + " failed", failure);
        return what.substring(0, 1).toUpperCase() + what.substring(1) + " failed unexpectedly ("
                + failure.getClass().getSimpleName() + "). Try again; the log has the details.";
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
