package io.sightline.app.workspace.scientist;

import io.sightline.app.controls.LineageChain;
import io.sightline.app.controls.TextColumn;
import io.sightline.engine.api.Stage;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The models tab: registered models on the left; their versions, lineage and stage on the right. */
final class ModelsView {
    private final ModelsViewModel viewModel;
    private final SplitPane root = new SplitPane();

    ModelsView(ModelsViewModel viewModel) {
        this.viewModel = viewModel;
        root.setOrientation(Orientation.HORIZONTAL);
        root.getItems().addAll(list(), versions());
        root.setDividerPositions(0.23);
    }

    Node root() {
        return root;
    }

    private Node list() {
        TableView<ModelRow> table = new TableView<>(viewModel.models());
        table.setId("models-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                new TextColumn<>("Model", ModelRow::name),
                new TextColumn<>("Latest", ModelRow::latest,
                        Comparator.comparingInt(r -> r.model().latestVersion())),
                new TextColumn<>("Updated", ModelRow::updated)));
        table.getColumns().get(0).setPrefWidth(120);
        table.getColumns().get(1).setPrefWidth(65);
        Sections.followSelection(table, viewModel.selectedModelProperty(), viewModel::selectModel, ModelRow::name);
        return Sections.listPane("Registered models", viewModel.status(), table);
    }

    private Node versions() {
        TableView<VersionRow> table = new TableView<>(viewModel.versions());
        table.setId("versions-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                new TextColumn<>("Version", VersionRow::number, Comparator.comparingInt(r -> r.version().version())),
                new TextColumn<>("Stage", VersionRow::stage),
                new TextColumn<>("Algorithm", VersionRow::algorithm),
                new TextColumn<>("Test metrics", VersionRow::metrics),
                new TextColumn<>("Artifact", VersionRow::artifact,
                        Comparator.comparingLong(r -> r.version().artifactBytes())),
                new TextColumn<>("Created", VersionRow::created),
                new TextColumn<>("Run", VersionRow::runId),
                new TextColumn<>("Dataset SHA-256", VersionRow::datasetSha)));
        double[] widths = {80, 90, 165, 200, 170, 145, 85, 130};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        Sections.placeholder(table, viewModel.versionsStatus());
        Sections.followSelection(table, viewModel.selectedVersionProperty(), viewModel::selectVersion,
                r -> r.version().model() + ":" + r.version().version());
        Sections.fitRows(table, 2, 10);

        LineageChain lineage = new LineageChain();
        lineage.setId("model-lineage");
        Bindings.bindContent(lineage.getSteps(), viewModel.lineage());
        GridPane figures = Sections.figures(viewModel.versionFigures());
        figures.getStyleClass().add(Sections.MONO);
        VBox version = new VBox(8, Sections.title("Lineage"), lineage, figures, Sections.title("Stage"), stage(),
                Sections.problem(viewModel.stageErrorProperty()));
        Sections.showOnlyWhen(version, viewModel.selectedVersionProperty().isNotNull());

        VBox content = new VBox(6,
                Sections.title(viewModel.selectedModelProperty().map(m -> "Versions of " + m.name()).orElse("")),
                Sections.problem(viewModel.versionsStatus().errorProperty()), table, version);
        content.getStyleClass().add(Sections.DETAILS);
        Sections.showOnlyWhen(content, viewModel.selectedModelProperty().isNotNull());
        Label hint = Sections.hint("Select a model to see its versions, their stages and where they came from.");
        Sections.showOnlyWhen(hint, viewModel.selectedModelProperty().isNull());
        return new StackPane(hint, content);
    }

    /** The stage picker: choose a stage, confirm, and the version moves. */
    private Node stage() {
        ComboBox<Stage> choice = new ComboBox<>();
        choice.getItems().setAll(Stage.values());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Stage stage) {
                return stage == null ? "" : VersionRow.stageName(stage);
            }

            @Override
            public Stage fromString(String text) {
                return null;
            }
        });
        viewModel.selectedVersionProperty().addListener((obs, old, now) ->
                choice.setValue(now == null ? null : now.version().stage()));
        Button move = new Button("Change stage…");
        move.setId("change-stage");
        move.disableProperty().bind(viewModel.changingStageProperty()
                .or(viewModel.selectedVersionProperty().isNull())
                .or(Bindings.createBooleanBinding(() -> viewModel.selectedVersionProperty().get() == null
                        || choice.getValue() == viewModel.selectedVersionProperty().get().version().stage(),
                        choice.valueProperty(), viewModel.selectedVersionProperty())));
        move.setOnAction(event -> confirmAndMove(choice.getValue()));
        Label current = Sections.hint("");
        current.textProperty().bind(viewModel.selectedVersionProperty().map(r -> "Now: " + r.stage()).orElse(""));
        HBox row = new HBox(8, current, choice, move);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void confirmAndMove(Stage stage) {
        VersionRow row = viewModel.selectedVersionProperty().get();
        if (row == null || stage == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, viewModel.confirmation(row, stage),
                ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText("Change the stage of " + row.version().model() + " v" + row.version().version());
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == ButtonType.OK) {
            viewModel.changeStage(row, stage);
        }
    }
}
