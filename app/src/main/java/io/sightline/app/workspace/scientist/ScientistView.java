package io.sightline.app.workspace.scientist;

import io.sightline.app.controls.ScientistStyles;
import io.sightline.app.controls.ViewParts;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/** The data scientist's workspace: one tab each for datasets, runs and models. */
final class ScientistView {
    static final String STYLE_CLASS = "scientist-workspace";

    private final BorderPane root = new BorderPane();

    ScientistView(ScientistViewModel viewModel) {
        TabPane tabs = ViewParts.tabs("scientist-tabs",
                ViewParts.tab("datasets-tab", "Datasets", new DatasetsView(viewModel.datasets()).root()),
                ViewParts.tab("runs-tab", "Runs", new RunsView(viewModel.runs()).root()),
                ViewParts.tab("models-tab", "Models", new ModelsView(viewModel.models()).root()));
        root.setTop(Sections.problem(viewModel.liveErrorProperty()));
        root.setCenter(tabs);
        root.getStyleClass().add(STYLE_CLASS);
        root.getStylesheets().add(ScientistStyles.stylesheet());
    }

    Node root() {
        return root;
    }
}
