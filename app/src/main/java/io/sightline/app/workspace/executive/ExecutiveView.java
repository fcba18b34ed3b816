package io.sightline.app.workspace.executive;

import io.sightline.app.controls.OperationsStyles;
import io.sightline.app.controls.OriginTag;
import io.sightline.app.controls.ViewParts;
import io.sightline.app.workspace.RecentPeriod;
import java.util.EnumMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The executive overview: the period above, then one KPI tile per figure. */
final class ExecutiveView {
    static final String STYLE_CLASS = "executive-workspace";

    private final ScrollPane root;
    private final Map<KpiKind, KpiTile> tiles = new EnumMap<>(KpiKind.class);

    ExecutiveView(ExecutiveViewModel viewModel) {
        ComboBox<RecentPeriod> period = new ComboBox<>();
        period.setId("kpi-period");
        period.getItems().setAll(RecentPeriod.ONE_HOUR, RecentPeriod.ONE_DAY, RecentPeriod.SEVEN_DAYS);
        period.valueProperty().bindBidirectional(viewModel.periodProperty());
        HBox header = new HBox(10, ViewParts.title("Overview"), period, OriginTag.create(viewModel.origin()),
                ViewParts.hint(viewModel.updatedProperty()));
        header.setAlignment(Pos.CENTER_LEFT);

        FlowPane grid = new FlowPane();
        grid.getStyleClass().add("kpi-tiles");
        grid.setId("kpi-tiles");
        for (KpiKind kind : KpiKind.values()) {
            KpiTile tile = new KpiTile(kind, viewModel.origin());
            tiles.put(kind, tile);
            grid.getChildren().add(tile.node());
        }
        viewModel.kpis().addListener((ListChangeListener<Kpi>) change -> viewModel.kpis()
                .forEach(kpi -> tiles.get(kpi.kind()).show(kpi)));

        VBox content = new VBox(10, header, ViewParts.problem(viewModel.errorProperty()),
                ViewParts.problem(viewModel.liveErrorProperty()),
                ViewParts.hint("Hover over a tile to see how its figure is computed."), grid);
        content.getStyleClass().add(STYLE_CLASS);
        content.getStylesheets().add(OperationsStyles.stylesheet());
        root = new ScrollPane(content);
        root.setFitToWidth(true);
    }

    Node root() {
        return root;
    }
}
