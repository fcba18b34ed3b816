package io.sightline.app.workspace.mlops;

import io.sightline.app.controls.OperationsStyles;
import io.sightline.app.controls.ViewParts;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The MLOps workspace: the deployment being looked after above, one tab for each part. */
final class MlopsView {
    static final String STYLE_CLASS = "mlops-workspace";

    private final BorderPane root = new BorderPane();

    MlopsView(MlopsViewModel viewModel) {
        ComboBox<String> deployment = new ComboBox<>();
        deployment.setId("mlops-deployment");
        deployment.setPromptText("No deployment");
        viewModel.deployments().addListener((ListChangeListener<DeploymentRow>) change -> {
            deployment.getItems().setAll(viewModel.deployments().stream().map(DeploymentRow::name).toList());
            deployment.setValue(viewModel.selectedProperty().get());
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> deployment.setValue(now));
        deployment.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.select(now);
            }
        });
        Label serves = ViewParts.hint(viewModel.modelProperty().map(m -> "serves " + m.deployment().model() + " v"
                + m.deployment().version()).orElse(""));
        HBox header = new HBox(10, new Label("Deployment"), deployment, serves);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, header, ViewParts.problem(viewModel.emptyProperty()),
                ViewParts.problem(viewModel.errorProperty()), ViewParts.problem(viewModel.liveErrorProperty()));
        top.setPadding(new Insets(8, 12, 4, 12));

        TabPane tabs = ViewParts.tabs("mlops-tabs",
                ViewParts.tab("deployments-tab", "Deployments", new ReleaseView(viewModel).root()),
                ViewParts.tab("policy-tab", "Traffic policy", new PolicyEditorView(viewModel.policy()).root()),
                ViewParts.tab("drift-tab", "Drift", new DriftView(viewModel.drift(), viewModel.origin()).root()),
                ViewParts.tab("setup-tab", "Monitoring set-up", new MonitoringSetupView(viewModel.setup(),
                        viewModel.selectedProperty()).root()),
                ViewParts.tab("capacity-tab", "Capacity", new CapacityView(viewModel.capacity()).root()),
                ViewParts.tab("flows-tab", "Flows", new FlowsView(viewModel.flows()).root()));
        root.setTop(top);
        root.setCenter(tabs);
        root.getStyleClass().add(STYLE_CLASS);
        root.getStylesheets().add(OperationsStyles.stylesheet());
    }

    Node root() {
        return root;
    }

}
