package io.sightline.app.workspace.mlops;

import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.RouteRule;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One contextual route as the policy editor edits it: input column, comparison, value, and the arm it sends to. */
public final class RouteDraft {
    private final ObjectProperty<String> column = new SimpleObjectProperty<>(this, "column");
    private final ObjectProperty<Comparison> comparison = new SimpleObjectProperty<>(this, "comparison", Comparison.EQUAL);
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final ObjectProperty<String> arm = new SimpleObjectProperty<>(this, "arm");

    RouteDraft(String column, Comparison comparison, String value, String arm) {
        this.column.set(column);
        this.comparison.set(comparison);
        this.value.set(value);
        this.arm.set(arm);
    }

    static RouteDraft of(RouteRule rule) {
        return new RouteDraft(rule.column(), rule.comparison(), rule.value(), rule.arm());
    }

    public ObjectProperty<String> columnProperty() {
        return column;
    }

    public ObjectProperty<Comparison> comparisonProperty() {
        return comparison;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ObjectProperty<String> armProperty() {
        return arm;
    }

    /** The route these fields make; the record says what is wrong with them. */
    RouteRule rule() {
        return new RouteRule(column.get(), comparison.get(), value.get(), arm.get());
    }

    Observable[] fields() {
        return new Observable[] {column, comparison, value, arm};
    }
}
