package io.sightline.app.workspace.analyst;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.FieldSpec;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One input of the try-it form, made from the model's schema: categories to pick from, or a number with
 * the range seen in training as a hint; prefilled with an example from the training data.
 */
public final class FieldInput {
    private final FieldSpec spec;
    private final StringProperty value;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    FieldInput(FieldSpec spec) {
        this.spec = spec;
        this.value = new SimpleStringProperty(this, "value", spec.example() == null ? "" : spec.example());
        value.addListener((obs, old, now) -> error.set(""));
    }

    public String name() {
        return spec.name();
    }

    /** A list to choose from (categories), or free text (numbers). */
    public boolean choice() {
        return !spec.categories().isEmpty();
    }

    public boolean numeric() {
        return spec.type() == ColumnType.NUMERIC;
    }

    public List<String> categories() {
        return spec.categories();
    }

    /** "between 4 and 72", the range of the training data, as the text field's prompt. */
    public String hint() {
        if (numeric() && spec.min() != null && spec.max() != null) {
            return "between " + Figures.significant(spec.min()) + " and " + Figures.significant(spec.max());
        }
        return "";
    }

    /** Writable: the form edits it. Editing clears the error shown for it. */
    public StringProperty valueProperty() {
        return value;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Checks the value; on a problem, says so beside the field and returns false. The value stays. */
    boolean validate() {
        String text = value.get() == null ? "" : value.get().trim();
        if (text.isEmpty()) {
            error.set(choice() ? "Pick a value." : "Enter a value.");
            return false;
        }
        if (numeric()) {
            try {
                double number = Double.parseDouble(text);
                if (!Double.isFinite(number)) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException notANumber) {
                error.set("Enter a number" + (hint().isEmpty() ? "." : ", " + hint() + "."));
                return false;
            }
        }
        error.set("");
        return true;
    }

    String trimmedValue() {
        return value.get() == null ? "" : value.get().trim();
    }
}
