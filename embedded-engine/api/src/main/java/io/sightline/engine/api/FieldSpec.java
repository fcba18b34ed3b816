package io.sightline.engine.api;

import java.util.List;

/**
 * One input a model expects: its name and type, the values seen in training for categorical inputs (so a
 * form can offer them), the range seen for numeric ones, and an example value from the training data.
 */
public record FieldSpec(String name, ColumnType type, List<String> categories, Double min, Double max, String example) {
    public FieldSpec {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
