package io.sightline.engine.api;

import java.util.List;

/** The inputs a model version takes and what it predicts; {@code labels} is empty for regression. */
public record ModelSchema(List<FieldSpec> inputs, String target, Task task, List<String> labels) {
    public ModelSchema {
        inputs = List.copyOf(inputs);
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
