package io.sightline.app.controls.skin;

import io.sightline.app.controls.LineageChain;
import io.sightline.app.controls.LineageStep;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

/** Builds one box per {@link LineageStep} and an arrow, drawn as a path, between neighbours. */
public class LineageChainSkin extends SkinBase<LineageChain> {
    private static final double ARROW_LENGTH = 28;
    private static final double HEAD = 5;

    private final HBox row = new HBox(6);
    private final ListChangeListener<LineageStep> onChange = change -> rebuild();

    public LineageChainSkin(LineageChain control) {
        super(control);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(row);
        control.getSteps().addListener(onChange);
        rebuild();
    }

    private void rebuild() {
        List<Node> nodes = new ArrayList<>();
        List<String> spoken = new ArrayList<>();
        for (LineageStep step : getSkinnable().getSteps()) {
            if (!nodes.isEmpty()) {
                nodes.add(arrow());
            }
            nodes.add(box(step));
            spoken.add(step.kind() + " " + step.name());
        }
        row.getChildren().setAll(nodes);
        getSkinnable().setAccessibleText(String.join(", then ", spoken));
    }

    private static VBox box(LineageStep step) {
        Label kind = new Label(step.kind());
        kind.getStyleClass().add(LineageChain.KIND_CLASS);
        Label name = new Label(step.name());
        name.getStyleClass().add(LineageChain.NAME_CLASS);
        VBox box = new VBox(2, kind, name);
        if (!step.detail().isEmpty()) {
            Label detail = new Label(step.detail());
            detail.getStyleClass().add(LineageChain.DETAIL_CLASS);
            box.getChildren().add(detail);
        }
        box.getStyleClass().add(LineageChain.STEP_CLASS);
        // Names and hashes are the point of the chain: boxes keep their full width rather than ellipsize.
        box.getChildren().forEach(label -> ((Label) label).setMinWidth(Region.USE_PREF_SIZE));
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** A shaft with an open head, pointing right. */
    private static Path arrow() {
        Path path = new Path(
                new MoveTo(0, HEAD), new LineTo(ARROW_LENGTH, HEAD),
                new MoveTo(ARROW_LENGTH - HEAD, 0), new LineTo(ARROW_LENGTH, HEAD), new LineTo(ARROW_LENGTH - HEAD, 2 * HEAD));
        path.getStyleClass().add(LineageChain.ARROW_CLASS);
        return path;
    }

    @Override
    public void dispose() {
        getSkinnable().getSteps().removeListener(onChange);
        super.dispose();
    }
}
