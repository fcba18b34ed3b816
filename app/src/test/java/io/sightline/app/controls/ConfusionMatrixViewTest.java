package io.sightline.app.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class ConfusionMatrixViewTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void showsEveryCountWithItsShareOfTheRowAndTheLabels() throws Exception {
        ConfusionMatrixView view = WaitForAsyncUtils.asyncFx(() -> {
            ConfusionMatrixView matrix = new ConfusionMatrixView();
            matrix.setMatrix(new ConfusionMatrixView.Matrix(List.of("good", "bad"),
                    List.of(List.of(120L, 20L), List.of(30L, 30L))));
            new Scene(new StackPane(matrix));
            matrix.applyCss();
            return matrix;
        }).get();

        assertThat(texts(view, ConfusionMatrixView.COUNT_CLASS)).containsExactly("120", "20", "30", "30");
        assertThat(texts(view, ConfusionMatrixView.SHARE_CLASS))
                .containsExactly("86% of row", "14% of row", "50% of row", "50% of row");
        assertThat(texts(view, ConfusionMatrixView.HEADER_CLASS)).containsOnly("good", "bad").hasSize(4);
        assertThat(view.lookupAll("." + ConfusionMatrixView.CORRECT_CLASS)).hasSize(2);
        assertThat(view.lookupAll("." + ConfusionMatrixView.MISTAKE_CLASS)).hasSize(2);
    }

    @Test
    void refusesCountsThatDoNotMatchTheLabels() {
        assertThatThrownBy(() -> new ConfusionMatrixView.Matrix(List.of("a", "b"), List.of(List.of(1L, 2L))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> texts(Node view, String styleClass) {
        return view.lookupAll("." + styleClass).stream().map(n -> ((Label) n).getText()).toList();
    }
}
