package io.sightline.app.workspace.mlops;

import io.sightline.engine.api.Arm;
import io.sightline.app.text.Figures;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One arm as the policy editor edits it: its name, the model version, and its share as typed (0 to 1). */
public final class ArmDraft {
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Integer> version = new SimpleObjectProperty<>(this, "version");
    private final StringProperty share = new SimpleStringProperty(this, "share", "");

    ArmDraft(String name, Integer version, double share) {
        this.name.set(name);
        this.version.set(version);
        this.share.set(Figures.number(share));
    }

    static ArmDraft of(Arm arm) {
        return new ArmDraft(arm.name(), arm.version(), arm.share());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Integer> versionProperty() {
        return version;
    }

    public StringProperty shareProperty() {
        return share;
    }

    /** The arm these fields make; the record says what is wrong with them. */
    Arm arm() {
        Integer chosen = version.get();
        return new Arm(name.get(), chosen == null ? 0 : chosen,
                FormNumbers.decimal(share.get(), "the share of arm '" + name.get() + "'"));
    }

    Observable[] fields() {
        return new Observable[] {name, version, share};
    }
}
