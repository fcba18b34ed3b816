package io.sightline.app.workspace.risk;

import io.sightline.app.controls.OperationsStyles;
import io.sightline.app.controls.ViewParts;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The risk-operations workspace: the deployment being watched above, one tab for each of its four parts. */
final class RiskView {
    static final String STYLE_CLASS = "risk-workspace";

    private final BorderPane root = new BorderPane();

    RiskView(RiskViewModel viewModel) {
        ComboBox<String> deployment = new ComboBox<>(viewModel.deployments());
        deployment.setId("risk-deployment");
        deployment.setPromptText("No deployment");
        // replacing the items clears the box's value: show the chosen deployment again each time
        viewModel.selectedProperty().addListener((obs, old, now) -> deployment.setValue(now));
        viewModel.deployments().addListener((ListChangeListener<String>) change ->
                deployment.setValue(viewModel.selectedProperty().get()));
        deployment.setValue(viewModel.selectedProperty().get());
        deployment.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.select(now);
            }
        });
        Label model = ViewParts.hint(viewModel.factsProperty()
                .map(f -> "serves " + f.model() + " v" + f.version()).orElse(""));
        HBox header = new HBox(10, new Label("Deployment"), deployment, model);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, header, ViewParts.problem(viewModel.emptyProperty()),
                ViewParts.problem(viewModel.errorProperty()), ViewParts.problem(viewModel.liveErrorProperty()));
        top.setPadding(new Insets(8, 12, 4, 12));

        Tab alerts = ViewParts.tab("alerts-tab", "Alerts",
                new AlertCenterView(viewModel.alerts(), viewModel.origin()).root());
        alerts.textProperty().bind(Bindings.size(viewModel.alerts().open())
                .map(n -> n.intValue() == 0 ? "Alerts" : "Alerts (" + n + ")"));
        TabPane tabs = ViewParts.tabs("risk-tabs",
                ViewParts.tab("monitor-tab", "Monitor",
                        new MonitorView(viewModel.monitor(), viewModel.origin()).root()),
                alerts,
                ViewParts.tab("flagged-tab", "Flagged",
                        new FlaggedQueueView(viewModel.flagged(), viewModel.origin()).root()),
                ViewParts.tab("strategies-tab", "Strategies",
                        new StrategiesView(viewModel.strategies(), viewModel.origin()).root()));
        root.setTop(top);
        root.setCenter(tabs);
        root.getStyleClass().add(STYLE_CLASS);
        root.getStylesheets().add(OperationsStyles.stylesheet());
    }

    Node root() {
        return root;
    }

}
