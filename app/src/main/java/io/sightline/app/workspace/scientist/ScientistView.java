package io.sightline.app.workspace.scientist;

import io.sightline.app.controls.ScientistStyles;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/** The data scientist's workspace: one tab each for datasets, runs and models. */
final class ScientistView {
    static final String STYLE_CLASS = "scientist-workspace";

    private final BorderPane root = new BorderPane();

    ScientistView(ScientistViewModel viewModel) {
        TabPane tabs = new TabPane(
                tab("Datasets", new DatasetsView(viewModel.datasets()).root()),
                tab("Runs", new RunsView(viewModel.runs()).root()),
                tab("Models", new ModelsView(viewModel.models()).root()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("scientist-tabs");
        root.setTop(Sections.problem(viewModel.liveErrorProperty()));
        root.setCenter(tabs);
        root.getStyleClass().add(STYLE_CLASS);
        root.getStylesheets().add(ScientistStyles.stylesheet());
    }

    Node root() {
        return root;
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(title.toLowerCase() + "-tab");
        return tab;
    }
}
