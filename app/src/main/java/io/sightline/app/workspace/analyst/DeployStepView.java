package io.sightline.app.workspace.analyst;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.sightline.app.icons.AppIcon;
import java.io.File;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Step 4's screen: the model goes live; a form made from its inputs to try one case; scoring a file. */
final class DeployStepView {
    static final String PREDICT_ID = "predict";
    static final String PREDICTION_ID = "prediction";
    static final String SCORE_FILE_ID = "score-file";
    private static final double FIELD_WIDTH = 200;

    private final DeployViewModel viewModel;
    private final BorderPane page;

    DeployStepView(DeployViewModel viewModel) {
        this.viewModel = viewModel;
        Button predict = StepPage.primary("Predict", AppIcon.PREDICT, viewModel::predict);
        predict.setId(PREDICT_ID);
        predict.disableProperty().bind(viewModel.deploymentProperty().isNull().or(viewModel.predictingProperty()));
        Button score = StepPage.secondary("Score a file…", AppIcon.SCORE_FILE, this::scoreFile);
        score.setId(SCORE_FILE_ID);
        score.disableProperty().bind(viewModel.deploymentProperty().isNull().or(viewModel.scoringProperty()));

        Label prediction = StepPage.sentence(viewModel.predictionProperty(), Styles.TITLE_2, "prediction");
        prediction.setId(PREDICTION_ID);
        Label answerTitle = new Label();
        answerTitle.textProperty().bind(viewModel.targetProperty().map(t -> "Predicted " + t + ":"));
        answerTitle.getStyleClass().add(Styles.TEXT_MUTED);
        StepPage.showWhen(answerTitle, prediction.visibleProperty());
        HBox answer = new HBox(12, predict, StepPage.busy(viewModel.predictingProperty()), answerTitle, prediction);
        answer.setAlignment(Pos.CENTER_LEFT);

        HBox scoring = new HBox(12, score, StepPage.busy(viewModel.scoringProperty()),
                StepPage.sentence(viewModel.scoreResultProperty()), StepPage.error(viewModel.scoreErrorProperty()));
        scoring.setAlignment(Pos.CENTER_LEFT);

        VBox tryIt = StepPage.section("Try it on one case", form(), answer,
                StepPage.error(viewModel.predictErrorProperty()));
        VBox file = StepPage.section("Score a whole file",
                StepPage.hint("Choose a CSV file with the same columns; we write a copy with the prediction added."), scoring);
        VBox live = new VBox(20, tryIt, file);
        StepPage.showWhen(live, viewModel.deploymentProperty().isNotNull());

        HBox deploying = new HBox(10, StepPage.busy(viewModel.deployingProperty()),
                StepPage.sentence(viewModel.deployingProperty().map(b -> b ? "Putting the model in use…" : "")));
        deploying.setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(14, deploying, StepPage.error(viewModel.deployErrorProperty()),
                StepPage.sentence(viewModel.statusProperty(), Styles.SUCCESS), live);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        page = StepPage.page("4 · Use your model",
                "Your model answers new cases now: type one in below, or give it a whole file.", scroll);
    }

    BorderPane node() {
        return page;
    }

    private FlowPane form() {
        FlowPane form = new FlowPane(16, 12);
        form.getStyleClass().add("try-it-form");
        Runnable rebuild = () -> form.getChildren().setAll(viewModel.fields().stream().map(this::field).toList());
        viewModel.fields().addListener((ListChangeListener<FieldInput>) c -> rebuild.run());
        rebuild.run();
        return form;
    }

    private VBox field(FieldInput input) {
        Label name = new Label(input.name());
        name.getStyleClass().add(Styles.TEXT_BOLD);
        Node editor;
        if (input.choice()) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(input.categories());
            box.valueProperty().bindBidirectional(input.valueProperty());
            box.setMaxWidth(Double.MAX_VALUE);
            editor = box;
        } else {
            TextField text = new TextField();
            text.textProperty().bindBidirectional(input.valueProperty());
            text.setPromptText(input.hint());
            editor = text;
        }
        editor.setId("field-" + input.name());
        Label error = StepPage.error(input.errorProperty());
        error.getStyleClass().add(Styles.TEXT_SMALL);
        VBox field = new VBox(4, name, editor, error);
        field.setPrefWidth(FIELD_WIDTH);
        return field;
    }

    private void scoreFile() {
        var owner = page.getScene() == null ? null : page.getScene().getWindow();
        FileChooser open = new FileChooser();
        open.setTitle("Choose the CSV file to score");
        open.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.CSV"));
        File input = open.showOpenDialog(owner);
        if (input == null) {
            return;
        }
        FileChooser save = new FileChooser();
        save.setTitle("Where should the scored file go?");
        save.setInitialDirectory(input.getParentFile());
        save.setInitialFileName(input.getName().replaceFirst("(?i)\\.csv$", "") + "-scored.csv");
        File output = save.showSaveDialog(owner);
        if (output != null) {
            viewModel.scoreFile(input.toPath(), Path.of(output.getPath()));
        }
    }

}
