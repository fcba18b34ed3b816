package io.sightline.app.workspace.scientist;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.Evaluation;
import java.util.List;

/** A confusion matrix ready to draw: labels in order, and counts written out (rows actual, columns predicted). */
public record ConfusionGrid(List<String> labels, List<List<String>> counts) {
    public static final ConfusionGrid EMPTY = new ConfusionGrid(List.of(), List.of());

    public ConfusionGrid {
        labels = List.copyOf(labels);
        counts = counts.stream().map(List::copyOf).toList();
    }

    static ConfusionGrid of(Evaluation evaluation) {
        if (evaluation == null || evaluation.confusion().isEmpty()) {
            return EMPTY;
        }
        return new ConfusionGrid(evaluation.labels(), evaluation.confusion().stream()
                .map(row -> row.stream().map(Figures::count).toList()).toList());
    }

    public boolean isEmpty() {
        return labels.isEmpty();
    }
}
