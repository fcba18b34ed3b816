package io.sightline.app.demo;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The header's "Demo — simulated marketplace" badge, with the demo's status line beside it. The badge keeps its
 * full width; the status line takes what room the header has left and ends in an ellipsis when it runs out.
 */
public final class DemoBadge {
    public static final String BADGE_ID = "demo-badge";
    public static final String STATUS_ID = "demo-status";
    public static final String TEXT = "Demo — simulated marketplace";
    private static final double STATUS_WIDTH = 360;

    private DemoBadge() {
    }

    public static Node create(DemoViewModel viewModel) {
        Label badge = new Label(TEXT);
        badge.setId(BADGE_ID);
        badge.getStyleClass().add(DemoStyles.BADGE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.setTooltip(new Tooltip("A simulated seller-risk marketplace runs on the demo's own engine; nothing"
                + " here is real data. Demo ▸ Leave the demo to use your own."));
        Label status = new Label();
        status.setId(STATUS_ID);
        status.getStyleClass().add(DemoStyles.STATUS);
        status.textProperty().bind(viewModel.statusProperty());
        status.setTooltip(new Tooltip());
        status.getTooltip().textProperty().bind(viewModel.statusProperty());
        status.setMinWidth(0);
        status.setPrefWidth(STATUS_WIDTH);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox box = new HBox(8, badge, status);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.getStylesheets().add(DemoStyles.stylesheet());
        return box;
    }
}
