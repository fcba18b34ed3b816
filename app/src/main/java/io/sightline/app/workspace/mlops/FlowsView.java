package io.sightline.app.workspace.mlops;

import io.sightline.app.controls.CapacityCurveChart;
import io.sightline.app.controls.ViewParts;
import io.sightline.app.controls.WorkflowDiagram;
import io.sightline.engine.api.FlowDefinition;
import java.io.File;
import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The flows page: on the left the start form and the recent flows; on the right the flow shown as a live
 * diagram with its actions, and below it the details of the step clicked.
 */
final class FlowsView {
    static final String STYLE_CLASS = "flows";

    private final SplitPane root;

    FlowsView(FlowsViewModel viewModel) {
        VBox side = new VBox(10, ViewParts.title("Start a flow"), startForm(viewModel),
                ViewParts.title("Flows"), flows(viewModel));
        side.setPadding(new Insets(12));
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setMinWidth(300);

        WorkflowDiagram diagram = new WorkflowDiagram();
        diagram.setId("flow-diagram");
        diagram.setMinHeight(220);
        diagram.setPrefHeight(400); // the four gates of the release flow one above the other, unscrolled
        viewModel.flowProperty().addListener((obs, old, now) -> FlowDiagrams.show(diagram, now));
        FlowDiagrams.show(diagram, viewModel.flowProperty().get());
        diagram.selectedStepProperty().bindBidirectional(viewModel.selectedStepProperty());

        Label title = new Label();
        title.setId("flow-title");
        title.getStyleClass().add(ViewParts.TITLE);
        title.textProperty().bind(viewModel.flowProperty().map(f -> f.definition().name() + " · "
                + FlowWording.subject(f.subject())).orElse("No flow chosen"));
        Label status = ViewParts.hint(viewModel.statusProperty());
        status.setId("flow-status");
        ScrollPane details = new ScrollPane(details(viewModel));
        details.setFitToWidth(true);
        VBox.setVgrow(details, Priority.ALWAYS);
        VBox main = new VBox(8, title, status, actions(viewModel), ViewParts.problem(viewModel.errorProperty()),
                diagram, details);
        main.setPadding(new Insets(12));

        root = new SplitPane(sideScroll, main);
        root.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(sideScroll, false);
        root.getStyleClass().add(STYLE_CLASS);
    }

    Node root() {
        return root;
    }

    private static Node startForm(FlowsViewModel viewModel) {
        ComboBox<FlowDefinition> definition = FormParts.choice("flow-definition", viewModel.definitions(),
                viewModel.definitionProperty());
        definition.setConverter(new StringConverter<>() {
            @Override
            public String toString(FlowDefinition item) {
                return item == null ? "" : item.name();
            }

            @Override
            public FlowDefinition fromString(String text) {
                return null;
            }
        });
        definition.setMaxWidth(Double.MAX_VALUE);
        Label description = ViewParts.hint(viewModel.definitionProperty().map(FlowDefinition::description).orElse(""));
        ComboBox<String> model = FormParts.choice("flow-model", viewModel.models(), viewModel.modelProperty());
        model.setPromptText("No model yet");
        takesTypedNames(model);
        model.editableProperty().bind(viewModel.registersItsSubjectProperty()); // an import may name a new model
        ComboBox<Integer> version = FormParts.version("flow-version", viewModel.versions(), viewModel.versionProperty());
        version.disableProperty().bind(viewModel.registersItsSubjectProperty());
        version.setTooltip(new Tooltip("A release works on a version that exists; an import registers the next one."));
        ComboBox<String> deployment = FormParts.choice("flow-deployment", viewModel.deployments(),
                viewModel.deploymentProperty());
        deployment.setPromptText("None");
        takesTypedNames(deployment);
        deployment.setEditable(true); // a first release goes into a deployment that does not exist yet

        GridPane parameters = new GridPane();
        parameters.setHgap(8);
        parameters.setVgap(4);
        viewModel.parameters().addListener((ListChangeListener<FlowParameter>) change -> fill(parameters, viewModel));
        fill(parameters, viewModel);
        TitledPane parameterPane = new TitledPane();
        parameterPane.textProperty().bind(javafx.beans.binding.Bindings.size(viewModel.parameters())
                .map(n -> "Parameters (" + n + ")"));
        parameterPane.setContent(parameters);
        parameterPane.setExpanded(false);
        parameterPane.setId("flow-parameters");

        Button start = new Button("Start");
        start.setId("flow-start");
        start.setDefaultButton(true);
        start.setOnAction(e -> viewModel.start());
        Label problem = ViewParts.problem(viewModel.problemProperty());
        problem.setId("flow-problem");
        return new VBox(6, definition, description,
                FormParts.grid("Model", FormParts.row(model, version),
                        "Deployment", deployment),
                parameterPane, problem,
                FormParts.guarded(start, viewModel.canStartProperty().not(), "Complete the form first.",
                        "Start the flow on this model version, as you."));
    }

    /** Lets {@code box}, when editable, take a name typed in. */
    private static void takesTypedNames(ComboBox<String> box) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : name;
            }

            @Override
            public String fromString(String text) {
                return text == null || text.isBlank() ? null : text.strip();
            }
        });
    }

    private static void fill(GridPane grid, FlowsViewModel viewModel) {
        grid.getChildren().clear();
        int row = 0;
        for (FlowParameter parameter : viewModel.parameters()) {
            TextField field = FormParts.text("flow-parameter-" + parameter.name(), parameter.valueProperty(), 90);
            field.setPromptText(parameter.defaultValue());
            Button choose = new Button("…");
            choose.setId("flow-file-" + parameter.name());
            choose.setTooltip(new Tooltip("Choose a file of this computer for " + parameter.name()
                    + "; it is uploaded to the engine when the flow starts."));
            choose.setOnAction(e -> {
                File file = new FileChooser().showOpenDialog(grid.getScene().getWindow());
                if (file != null) {
                    parameter.choose(file.toPath());
                }
            });
            grid.addRow(row++, new Label(parameter.name()), field, choose);
        }
    }

    /** The recent flows, one per row of three lines: which flow, on what, and where it stands since when. */
    private static Node flows(FlowsViewModel viewModel) {
        ListView<FlowRow> list = new ListView<>(viewModel.flows());
        list.setId("flows-list");
        list.setPlaceholder(ViewParts.hint("No flow has run yet."));
        list.setCellFactory(view -> new FlowCell());
        list.setPrefHeight(260);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.choose(now));
        return list;
    }

    private static Node actions(FlowsViewModel viewModel) {
        TextField reason = FormParts.text("flow-reason", viewModel.reasonProperty(), 240);
        reason.setPromptText("Reason (needed to reject or abort)");
        HBox.setHgrow(reason, Priority.ALWAYS);
        return FormParts.row(reason,
                button("flow-approve", "Approve", viewModel.canDecideProperty(), viewModel::approve),
                button("flow-reject", "Reject", viewModel.canDecideProperty(), viewModel::reject),
                separator(),
                button("flow-pause", "Pause", viewModel.canPauseProperty(), viewModel::pause),
                button("flow-resume", "Resume", viewModel.canResumeProperty(), viewModel::resume),
                button("flow-abort", "Abort", viewModel.canAbortProperty(), viewModel::abort));
    }

    private static Button button(String id, String text, ObservableValue<Boolean> enabled, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(enabled.map(on -> !on));
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Region separator() {
        Region gap = new Region();
        gap.setMinWidth(12);
        return gap;
    }

    /** A row of the flows list: three lines whose labels are made once per cell and only retold after. */
    private static final class FlowCell extends ListCell<FlowRow> {
        private final Label definition = new Label();
        private final Label subject = ViewParts.hint("");
        private final Label where = ViewParts.hint("");
        private final VBox lines = new VBox(2, definition, subject, where);

        FlowCell() {
            setText(null);
            setPrefWidth(0); // the cell wraps to the list's width instead of scrolling sideways
        }

        @Override
        protected void updateItem(FlowRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            definition.setText(row.definition());
            subject.setText(row.subject());
            where.setText(row.state() + " · " + row.startedBy() + " · " + row.startedAt());
            setGraphic(lines);
        }
    }

    private static Node details(FlowsViewModel viewModel) {
        ObservableValue<FlowStepDetails> details = viewModel.detailsProperty();
        Label title = new Label();
        title.getStyleClass().add(ViewParts.TITLE);
        title.textProperty().bind(details.map(d -> d.title() + " — " + d.state())
                .orElse("Click a step to see what it did."));
        title.setId("step-title");
        VBox text = new VBox(4, title,
                line("step-times", details, FlowStepDetails::times),
                line("step-message", details, FlowStepDetails::message),
                line("step-decided", details, FlowStepDetails::decidedBy),
                line("step-measures", details, d -> String.join("\n", d.measures())),
                line("step-inputs", details, d -> d.inputs().isEmpty() ? "" : "Inputs: " + String.join(", ", d.inputs())),
                line("step-outputs", details, d -> d.outputs().isEmpty() ? ""
                        : "Outputs: " + String.join(", ", d.outputs())));
        text.setMinWidth(320);
        HBox.setHgrow(text, Priority.ALWAYS);

        CapacityCurveChart chart = new CapacityCurveChart();
        chart.setId("step-load-test");
        chart.testProperty().bind(details.map(FlowStepDetails::loadTest));
        chart.setPrefSize(420, 200);
        ViewParts.shownWhen(chart, chart.testProperty().isNotNull());
        HBox pane = new HBox(16, text, chart);
        pane.getStyleClass().add("step-details");
        pane.setMinHeight(Region.USE_PREF_SIZE);
        return pane;
    }

    private static Label line(String id, ObservableValue<FlowStepDetails> details,
            Function<FlowStepDetails, String> part) {
        Label label = ViewParts.hint(details.map(part).orElse(""));
        label.setId(id);
        return ViewParts.shownWhen(label, label.textProperty().isNotEmpty());
    }
}
