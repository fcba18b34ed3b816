package io.sightline.app.workspace.risk;

import io.sightline.app.controls.FigureCard;
import io.sightline.app.controls.LiveLineChart;
import io.sightline.app.controls.OriginTag;
import io.sightline.app.controls.ViewParts;
import io.sightline.app.shell.DataOrigin;
import io.sightline.app.text.Figures;
import io.sightline.app.workspace.RecentPeriod;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The live transaction monitor: the chosen window's figures in cards, and two live charts. */
final class MonitorView {
    private final MonitorViewModel viewModel;
    private final ScrollPane root;

    MonitorView(MonitorViewModel viewModel, DataOrigin origin) {
        this.viewModel = viewModel;
        ComboBox<RecentPeriod> window = new ComboBox<>();
        window.setId("monitor-window");
        window.getItems().setAll(RecentPeriod.values());
        window.valueProperty().bindBidirectional(viewModel.windowProperty());
        Label updated = ViewParts.hint(viewModel.snapshotProperty()
                .map(s -> "Updated " + Figures.dateTime(s.takenAt())).orElse("Waiting for the first figures…"));
        HBox header = new HBox(10, ViewParts.title("Live transactions"), window, OriginTag.create(origin), updated);
        header.setAlignment(Pos.CENTER_LEFT);

        FlowPane cards = new FlowPane(10, 10,
                card("monitor-rate", "Rate, last 10 seconds", MonitorFigures::rate),
                card("monitor-flagged", "Flagged (predicted fraud)", MonitorFigures::flagged),
                card("monitor-blocked", "Blocked by rules", MonitorFigures::blocked),
                card("monitor-reviewed", "Sent to review by rules", MonitorFigures::reviewed),
                card("monitor-caught", "Fraud caught", MonitorFigures::caught),
                card("monitor-missed", "Fraud missed", MonitorFigures::missed));
        Label outcomes = ViewParts.hint(viewModel.figuresProperty().map(MonitorFigures::outcomes).orElse(""));
        outcomes.setId("monitor-outcomes");

        LiveLineChart traffic = new LiveLineChart("traffic-chart", "per second");
        LiveLineChart money = new LiveLineChart("money-chart", "money per interval");
        viewModel.snapshotProperty().addListener((obs, old, now) -> {
            traffic.show(now == null ? null : now.traffic());
            money.show(now == null ? null : now.money());
        });
        VBox content = new VBox(10, header, ViewParts.problem(viewModel.errorProperty()), cards, outcomes,
                ViewParts.title("Predictions per second"), traffic.node(),
                ViewParts.title("Money of fraud caught and missed"), money.node());
        content.getStyleClass().add("monitor");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
    }

    private Node card(String id, String caption, Function<MonitorFigures, String> figure) {
        return FigureCard.create(id, caption, viewModel.figuresProperty().map(figure).orElse(Figures.NONE));
    }

    Node root() {
        return root;
    }
}
