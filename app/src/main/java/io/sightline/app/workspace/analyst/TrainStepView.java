package io.sightline.app.workspace.analyst;

import atlantafx.base.theme.Styles;
import io.sightline.app.icons.AppIcon;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Step 2's screen: one button to start, the progress and what happens now, the leaderboard filling in. */
final class TrainStepView {
    static final String START_ID = "start-training";
    static final String CANCEL_ID = "cancel-training";

    private final BorderPane page;

    TrainStepView(TrainViewModel viewModel) {
        Button start = StepPage.primary("Start training", AppIcon.TRAIN, viewModel::start);
        start.setId(START_ID);
        StepPage.showWhen(start, viewModel.canStartProperty());
        Button cancel = StepPage.secondary("Cancel", AppIcon.CANCEL, viewModel::cancel);
        cancel.setId(CANCEL_ID);
        StepPage.showWhen(cancel, viewModel.canCancelProperty());

        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinHeight(Region.USE_PREF_SIZE); // else the growing table below squeezes it to nothing
        bar.getStyleClass().add(Styles.LARGE);
        StepPage.showWhen(bar, viewModel.stateProperty().isNotEqualTo(TrainViewModel.State.READY));

        TableView<LeaderboardRow> leaderboard = ApproachTable.of(viewModel.leaderboard(),
                "Approaches appear here as they finish.");
        leaderboard.setPrefHeight(160); // grows into the room left over
        VBox board = StepPage.section("Approaches tried so far", leaderboard);
        VBox.setVgrow(leaderboard, Priority.ALWAYS);

        VBox body = new VBox(12,
                StepPage.sentence(viewModel.goalProperty(), Styles.TITLE_4),
                bar,
                StepPage.sentence(viewModel.activityProperty()),
                StepPage.sentence(viewModel.counterProperty(), Styles.TEXT_MUTED),
                StepPage.error(viewModel.errorProperty()),
                board);
        VBox.setVgrow(board, Priority.ALWAYS);
        page = StepPage.page("2 · Train",
                "The engine tries several approaches, checks each on parts of your data it did not learn from,"
                        + " and keeps the best. This takes from seconds to a few minutes.", body, cancel, start);
    }

    BorderPane node() {
        return page;
    }
}
