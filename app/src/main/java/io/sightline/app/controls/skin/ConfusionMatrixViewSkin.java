package io.sightline.app.controls.skin;

import io.sightline.app.controls.ConfusionMatrixView;
import io.sightline.app.controls.ConfusionMatrixView.Matrix;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Builds the grid anew whenever the matrix changes; it has a handful of cells, so rebuilding is cheap. */
public class ConfusionMatrixViewSkin extends SkinBase<ConfusionMatrixView> {
    /** Even an empty cell keeps a trace of colour, so the grid reads as a grid. */
    private static final double MIN_SHADE = 0.08;

    private final GridPane grid = new GridPane();

    public ConfusionMatrixViewSkin(ConfusionMatrixView control) {
        super(control);
        grid.setHgap(4);
        grid.setVgap(4);
        getChildren().add(grid);
        registerChangeListener(control.matrixProperty(), obs -> rebuild(control.getMatrix()));
        rebuild(control.getMatrix());
    }

    private void rebuild(Matrix matrix) {
        grid.getChildren().clear();
        int n = matrix.labels().size();
        if (n == 0) {
            return;
        }
        Label predicted = styled(new Label("Predicted"), ConfusionMatrixView.AXIS_TITLE_CLASS);
        grid.add(predicted, 2, 0, n, 1);
        GridPane.setHalignment(predicted, HPos.CENTER);
        Label actual = styled(new Label("Actual"), ConfusionMatrixView.AXIS_TITLE_CLASS);
        grid.add(actual, 0, 2, 1, n);
        for (int i = 0; i < n; i++) {
            Label column = styled(new Label(matrix.labels().get(i)), ConfusionMatrixView.HEADER_CLASS);
            grid.add(column, 2 + i, 1);
            GridPane.setHalignment(column, HPos.CENTER);
            grid.add(styled(new Label(matrix.labels().get(i)), ConfusionMatrixView.HEADER_CLASS), 1, 2 + i);
        }
        for (int row = 0; row < n; row++) {
            long total = matrix.rowTotal(row);
            for (int col = 0; col < n; col++) {
                long count = matrix.counts().get(row).get(col);
                double share = total == 0 ? 0 : (double) count / total;
                grid.add(cell(count, share, row == col), 2 + col, 2 + row);
            }
        }
    }

    private static StackPane cell(long count, double share, boolean correct) {
        Region fill = new Region();
        fill.getStyleClass().add(ConfusionMatrixView.CELL_FILL_CLASS);
        fill.setOpacity(MIN_SHADE + (1 - MIN_SHADE) * share);
        Label countLabel = styled(new Label(Long.toString(count)), ConfusionMatrixView.COUNT_CLASS);
        Label shareLabel = styled(new Label(Math.round(share * 100) + "% of row"), ConfusionMatrixView.SHARE_CLASS);
        VBox text = new VBox(countLabel, shareLabel);
        text.setAlignment(Pos.CENTER);
        StackPane cell = new StackPane(fill, text);
        cell.getStyleClass().addAll(ConfusionMatrixView.CELL_CLASS,
                correct ? ConfusionMatrixView.CORRECT_CLASS : ConfusionMatrixView.MISTAKE_CLASS);
        return cell;
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        return label;
    }
}
