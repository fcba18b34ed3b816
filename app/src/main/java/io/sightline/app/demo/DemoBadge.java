package io.sightline.app.demo;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The header's "Demo" badge, with the demo's status line beside it. The badge is one short word (its tooltip
 * says what the demo is; figures carry their own "Simulated" tags) and keeps its width; the status line is the
 * first part of the header to give way: it takes what room is left, ends in an ellipsis when it runs out, and
 * holds its whole text in its tooltip.
 */
public final class DemoBadge {
    public static final String BADGE_ID = "demo-badge";
    public static final String STATUS_ID = "demo-status";
    public static final String TEXT = "Demo";

    private DemoBadge() {
    }

    public static Node create(DemoViewModel viewModel) {
        return create(viewModel.statusProperty());
    }

    /** The badge beside a status line that follows {@code statusLine}. */
    public static Node create(ObservableValue<String> statusLine) {
        Label badge = new Label(TEXT);
        badge.setId(BADGE_ID);
        badge.getStyleClass().add(DemoStyles.BADGE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.setTooltip(new Tooltip("Demo — simulated marketplace: a seller-risk marketplace runs on the demo's"
                + " own engine; nothing here is real data. Demo ▸ Leave the demo to use your own."));
        Label status = new Label();
        status.setId(STATUS_ID);
        status.getStyleClass().add(DemoStyles.STATUS);
        status.textProperty().bind(statusLine);
        status.setTooltip(new Tooltip());
        status.getTooltip().textProperty().bind(statusLine);
        status.setMinWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox box = new HBox(8, badge, status);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.getStylesheets().add(DemoStyles.stylesheet());
        return box;
    }
}
