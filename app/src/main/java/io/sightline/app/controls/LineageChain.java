package io.sightline.app.controls;

import io.sightline.app.controls.skin.LineageChainSkin;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/** Where a model came from, as a row of labelled boxes joined by arrows: dataset → run → version. */
public class LineageChain extends Control {
    public static final String STYLE_CLASS = "lineage-chain";
    public static final String STEP_CLASS = "lineage-step";
    public static final String KIND_CLASS = "kind";
    public static final String NAME_CLASS = "name";
    public static final String DETAIL_CLASS = "detail";
    public static final String ARROW_CLASS = "arrow";

    private final ObservableList<LineageStep> steps = FXCollections.observableArrayList();

    public LineageChain() {
        getStyleClass().add(STYLE_CLASS);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new LineageChainSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return ScientistStyles.stylesheet();
    }

    /** The links in order, from the source data to the artefact. */
    public ObservableList<LineageStep> getSteps() {
        return steps;
    }
}
