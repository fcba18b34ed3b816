package io.sightline.app.controls;

import io.sightline.app.controls.skin.ConfusionMatrixViewSkin;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A confusion matrix as a coloured grid: one row per actual answer, one column per predicted answer, each cell
 * the count of test rows, shaded by its share of the row (right answers on the diagonal, mistakes off it).
 */
public class ConfusionMatrixView extends Control {
    public static final String STYLE_CLASS = "confusion-matrix";
    public static final String AXIS_TITLE_CLASS = "axis-title";
    public static final String HEADER_CLASS = "header";
    public static final String CELL_CLASS = "cell";
    public static final String CELL_FILL_CLASS = "cell-fill";
    public static final String CORRECT_CLASS = "correct";
    public static final String MISTAKE_CLASS = "mistake";
    public static final String COUNT_CLASS = "count";
    public static final String SHARE_CLASS = "share";

    /** Labels in the order of the rows and columns, and the counts (rows: actual, columns: predicted). */
    public record Matrix(List<String> labels, List<List<Long>> counts) {
        public static final Matrix EMPTY = new Matrix(List.of(), List.of());

        public Matrix {
            labels = List.copyOf(labels);
            counts = counts.stream().map(List::copyOf).toList();
            int size = labels.size();
            if (counts.size() != size || counts.stream().anyMatch(row -> row.size() != size)) {
                throw new IllegalArgumentException("A confusion matrix needs one row and one column per label.");
            }
        }

        public long rowTotal(int row) {
            return counts.get(row).stream().mapToLong(Long::longValue).sum();
        }
    }

    private final ObjectProperty<Matrix> matrix = new SimpleObjectProperty<>(this, "matrix", Matrix.EMPTY);

    public ConfusionMatrixView() {
        getStyleClass().add(STYLE_CLASS);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ConfusionMatrixViewSkin(this);
    }

    public ObjectProperty<Matrix> matrixProperty() {
        return matrix;
    }

    public Matrix getMatrix() {
        return matrix.get();
    }

    public void setMatrix(Matrix value) {
        matrix.set(value == null ? Matrix.EMPTY : value);
    }
}
