package io.sightline.app.workspace.analyst;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.sightline.app.controls.ConfusionMatrixView;
import io.sightline.app.controls.TrafficLight;
import io.sightline.app.icons.AppIcon;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Step 3's screen: the traffic light and its sentence, where the model errs, what it looks at. */
final class ResultsStepView {
    static final String LIGHT_ID = "verdict-light";
    static final String SENTENCE_ID = "result-sentence";
    static final String DECISION_ID = "result-decision";
    static final String USE_MODEL_ID = "use-model";
    /** The longest bar, in pixels; the others are scaled to it. */
    private static final double BAR_WIDTH = 260;

    private final ResultsViewModel viewModel;
    private final BorderPane page;

    ResultsStepView(ResultsViewModel viewModel, Runnable useThisModel) {
        this.viewModel = viewModel;
        Button use = StepPage.primary("Use this model", AppIcon.DEPLOY, useThisModel);
        use.setId(USE_MODEL_ID);
        use.disableProperty().bind(viewModel.runProperty().isNull());

        HBox pictures = new HBox(28, confusion(), influences());
        VBox body = new VBox(18, verdict(), pictures, howWeChose());
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        page = StepPage.page("3 · Results",
                "How well the model did on cases it had never seen, compared with simply guessing.", scroll, use);
    }

    BorderPane node() {
        return page;
    }

    private VBox verdict() {
        TrafficLight light = new TrafficLight();
        light.setId(LIGHT_ID);
        light.signalProperty().bind(viewModel.verdictProperty().map(v -> TrafficLight.Signal.valueOf(v.name())));
        light.captionProperty().bind(viewModel.verdictProperty().map(Verdict::headline).orElse(""));
        Label sentence = StepPage.sentence(viewModel.sentenceProperty(), Styles.TITLE_3);
        sentence.setId(SENTENCE_ID);
        Label decision = StepPage.sentence(viewModel.decisionProperty());
        decision.setId(DECISION_ID);
        return new VBox(8, light,
                StepPage.sentence(viewModel.reasonProperty()),
                sentence,
                decision,
                StepPage.sentence(viewModel.testRowsProperty(), Styles.TEXT_MUTED),
                StepPage.sentence(viewModel.ruleProperty(), Styles.TEXT_SMALL, Styles.TEXT_MUTED, "verdict-rule"));
    }

    private VBox confusion() {
        ConfusionMatrixView matrix = new ConfusionMatrixView();
        matrix.matrixProperty().bind(viewModel.confusionProperty().map(
                c -> new ConfusionMatrixView.Matrix(c.labels(), c.counts())));
        VBox section = StepPage.section("Where it was right and where it was wrong", matrix,
                StepPage.hint("Each row is the real answer, each column what the model said."));
        StepPage.showWhen(section, viewModel.confusionProperty().isNotNull());
        return section;
    }

    private VBox influences() {
        GridPane bars = new GridPane();
        bars.setHgap(10);
        bars.setVgap(6);
        bars.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(BAR_WIDTH), new ColumnConstraints());
        Runnable refresh = () -> {
            bars.getChildren().clear();
            int row = 0;
            for (ResultsViewModel.Influence influence : viewModel.influences()) {
                Region bar = new Region();
                bar.getStyleClass().add("influence-bar");
                bar.setPrefSize(Math.max(2, BAR_WIDTH * influence.relative()), 14);
                bar.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
                StackPane track = new StackPane(bar);
                track.setAlignment(Pos.CENTER_LEFT);
                Label share = new Label(Math.round(influence.share() * 100) + "%");
                share.getStyleClass().add(Styles.TEXT_MUTED);
                bars.addRow(row++, new Label(influence.column()), track, share);
            }
        };
        viewModel.influences().addListener((ListChangeListener<ResultsViewModel.Influence>) c -> refresh.run());
        refresh.run();
        VBox section = StepPage.section("What mattered most", bars,
                StepPage.hint("The columns the model leans on most, as a share of all it takes into account."));
        HBox.setHgrow(section, Priority.ALWAYS);
        return section;
    }

    private TitledPane howWeChose() {
        TableView<LeaderboardRow> table = ApproachTable.of(viewModel.leaderboard(), "No approaches recorded.");
        table.setPrefHeight(220);
        VBox content = new VBox(8, StepPage.sentence(viewModel.approachProperty()), table);
        TitledPane pane = new TitledPane("How we chose", content);
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }

}
