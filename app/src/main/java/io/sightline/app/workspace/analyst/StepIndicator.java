package io.sightline.app.workspace.analyst;

import java.util.EnumMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** "1 Upload · 2 Train · 3 Results · 4 Deploy": where the user is, and the steps they may go back to. */
final class StepIndicator {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final HBox bar = new HBox(6);
    private final Map<WizardStep, Button> buttons = new EnumMap<>(WizardStep.class);

    StepIndicator(AnalystWizardViewModel viewModel) {
        bar.getStyleClass().add("step-indicator");
        bar.setAlignment(Pos.CENTER_LEFT);
        for (WizardStep step : WizardStep.values()) {
            Label number = new Label(Integer.toString(step.number()));
            number.getStyleClass().add("step-number");
            Button button = new Button(step.title(), number);
            button.getStyleClass().add("step");
            button.setOnAction(e -> viewModel.goTo(step));
            button.setFocusTraversable(false);
            buttons.put(step, button);
            if (step.ordinal() > 0) {
                Label dot = new Label("·");
                dot.getStyleClass().add("step-separator");
                bar.getChildren().add(dot);
            }
            bar.getChildren().add(button);
        }
        viewModel.stepProperty().addListener(o -> update(viewModel));
        viewModel.furthestProperty().addListener(o -> update(viewModel));
        update(viewModel);
    }

    HBox node() {
        return bar;
    }

    private void update(AnalystWizardViewModel viewModel) {
        WizardStep current = viewModel.stepProperty().get();
        WizardStep furthest = viewModel.furthestProperty().get();
        buttons.forEach((step, button) -> {
            button.pseudoClassStateChanged(CURRENT, step == current);
            button.pseudoClassStateChanged(DONE, step.compareTo(furthest) < 0);
            button.setDisable(step.compareTo(furthest) > 0);
        });
    }
}
