package io.sightline.app.controls.skin;

import io.sightline.app.controls.StepKind;
import io.sightline.app.controls.StepState;
import io.sightline.app.controls.WorkflowDiagram;
import io.sightline.app.controls.WorkflowGraph.Step;
import io.sightline.app.icons.AppIcon;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.Dimension2D;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.text.TextAlignment;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One step of the diagram: a shape by kind (its fill crossfading between states), a ring that pulses while the
 * step runs or waits, and its texts. A change of state touches only this node's classes and animations.
 */
final class WorkflowStepView extends Region {
    static final String BODY_CLASS = "step-body";
    static final String FADE_CLASS = "step-fade";
    static final String RING_CLASS = "step-ring";
    static final String KIND_CLASS = "step-kind";
    static final String STATE_CLASS = "step-state";
    static final String TITLE_CLASS = "step-title";
    static final String CAPTION_CLASS = "step-caption";
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    static final Duration COLOUR_FADE = Duration.millis(300);
    private static final double RING_SPREAD = 5;
    private static final Insets PADDING = new Insets(5, 10, 6, 11);
    private static final double COMPACT_PADDING = 8;
    /** A title wraps to this many lines at most; beyond, it ends in an ellipsis (the tooltip has it whole). */
    private static final int TITLE_LINES = 2;

    private final Step step;
    private final boolean compact;
    private final Region ring = part(RING_CLASS);
    private final Region body = part(BODY_CLASS);
    private final Region fade = part(FADE_CLASS);
    private final Label kind = new Label();
    private final FontIcon stateIcon = new FontIcon();
    private final Label state = new Label("", stateIcon);
    private final Label title = new Label();
    private final Label caption = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final FadeTransition fadeOut = new FadeTransition(COLOUR_FADE, fade);
    private Animation pulse;
    private StepState shown;

    WorkflowStepView(Step step, Dimension2D size) {
        this.step = step;
        this.compact = isCompact(step.kind());
        getStyleClass().addAll(WorkflowDiagram.STEP_CLASS, step.kind().styleClass());
        getProperties().put(WorkflowDiagram.STEP_ID_KEY, step.id());
        pseudoClassStateChanged(COMPACT, compact);
        setPrefSize(size.getWidth(), size.getHeight());
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);

        // the kind shows as its mark and silhouette; its word is in the tooltip, leaving the width to the title
        kind.setGraphic(kindIcon(step.kind()).node());
        kind.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        kind.getStyleClass().add(KIND_CLASS);
        state.getStyleClass().add(STATE_CLASS);
        title.setText(step.title());
        title.getStyleClass().add(TITLE_CLASS);
        title.setWrapText(true); // a long title takes a second line rather than losing its end
        title.setTextAlignment(TextAlignment.LEFT);
        caption.getStyleClass().add(CAPTION_CLASS);
        caption.setVisible(false);
        if (compact) {
            state.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            // start and end say what they are in their title; a branch or a join shows its mark after it
            kind.setVisible(step.kind() == StepKind.BRANCH || step.kind() == StepKind.JOIN);
        }
        ring.setOpacity(0);
        fade.setOpacity(0);
        fadeOut.setToValue(0);
        getChildren().addAll(ring, body, fade, kind, state, title, caption);

        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        tooltip.setShowDelay(Duration.millis(300));
        Tooltip.install(this, tooltip);
        show(StepState.PENDING, false);
    }

    /** Start, end and the routing steps carry only a title: they are drawn small. */
    static boolean isCompact(StepKind kind) {
        return kind == StepKind.START || kind == StepKind.END || kind == StepKind.BRANCH || kind == StepKind.JOIN;
    }

    private static Region part(String... styleClasses) {
        Region region = new Region();
        region.getStyleClass().addAll(styleClasses);
        region.setMouseTransparent(true);
        return region;
    }

    String stepId() {
        return step.id();
    }

    StepState shown() {
        return shown;
    }

    /**
     * Shows {@code now}: classes and texts at once; the fill eases from the previous state's colour when
     * {@code animate}; the ring pulses while the step runs (quickly) or waits (slowly).
     */
    void show(StepState now, boolean animate) {
        StepState before = shown;
        shown = now;
        for (StepState s : StepState.values()) {
            pseudoClassStateChanged(s.pseudoClass(), s == now);
        }
        if (animate && before != null && before != now) {
            for (StepState s : StepState.values()) {
                fade.pseudoClassStateChanged(s.pseudoClass(), s == before);
            }
            fade.setOpacity(1);
            fadeOut.playFromStart();
        }
        state.setText(now.label());
        stateIcon.setIconCode(stateIcon(now).ikon());
        pulse(now);
        describe();
    }

    private void pulse(StepState now) {
        if (pulse != null) {
            pulse.stop();
            pulse = null;
        }
        ring.setOpacity(0);
        ring.setScaleX(1);
        ring.setScaleY(1);
        if (now == StepState.RUNNING) {
            // a ripple that widens and fades, again and again, while the engine says the step runs
            double grow = 2 * RING_SPREAD;
            pulse = new Timeline(
                    new KeyFrame(Duration.ZERO, new KeyValue(ring.opacityProperty(), 0.9),
                            new KeyValue(ring.scaleXProperty(), 1), new KeyValue(ring.scaleYProperty(), 1)),
                    new KeyFrame(Duration.millis(1400), new KeyValue(ring.opacityProperty(), 0, Interpolator.EASE_OUT),
                            new KeyValue(ring.scaleXProperty(), 1 + grow / getPrefWidth(), Interpolator.EASE_OUT),
                            new KeyValue(ring.scaleYProperty(), 1 + grow / getPrefHeight(), Interpolator.EASE_OUT)));
        } else if (now == StepState.WAITING) {
            // a slow breath: the step is waiting on someone, nothing is wrong
            pulse = new Timeline(
                    new KeyFrame(Duration.ZERO, new KeyValue(ring.opacityProperty(), 0.15)),
                    new KeyFrame(Duration.millis(1800), new KeyValue(ring.opacityProperty(), 0.85, Interpolator.EASE_BOTH)));
            pulse.setAutoReverse(true);
        }
        if (pulse != null) {
            pulse.setCycleCount(Animation.INDEFINITE);
            pulse.play();
        }
    }

    void setCaption(String text) {
        caption.setText(text);
        caption.setVisible(!compact && !text.isEmpty());
        describe();
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    /** Title, kind, state and caption in words: for the tooltip and for screen readers, not by colour alone. */
    private void describe() {
        String text = step.title() + "\n" + step.kind().label() + " · " + shown.label()
                + (caption.getText().isEmpty() ? "" : "\n" + caption.getText());
        tooltip.setText(text);
        setAccessibleText(text.replace("\n", ", "));
    }

    /** Stops the animations; the node is leaving the scene. */
    void dispose() {
        fadeOut.stop();
        if (pulse != null) {
            pulse.stop();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        ring.resizeRelocate(-RING_SPREAD, -RING_SPREAD, w + 2 * RING_SPREAD, h + 2 * RING_SPREAD);
        body.resizeRelocate(0, 0, w, h);
        fade.resizeRelocate(0, 0, w, h);
        if (compact) {
            double gap = 6;
            double iconWidth = state.prefWidth(-1);
            double markWidth = kind.isVisible() ? kind.prefWidth(-1) + gap : 0;
            double titleWidth = Math.min(title.prefWidth(-1), w - 2 * COMPACT_PADDING - iconWidth - gap - markWidth);
            double lineHeight = Math.min(h, Math.max(state.prefHeight(-1), title.prefHeight(titleWidth)));
            double start = (w - iconWidth - gap - titleWidth - markWidth) / 2;
            double lineTop = (h - lineHeight) / 2;
            state.resizeRelocate(start, lineTop, iconWidth, lineHeight);
            title.resizeRelocate(start + iconWidth + gap, lineTop, titleWidth, lineHeight);
            kind.resizeRelocate(start + iconWidth + gap + titleWidth + gap, lineTop, markWidth - gap, lineHeight);
            return;
        }
        double left = PADDING.getLeft();
        double inner = w - left - PADDING.getRight();
        double top = PADDING.getTop();
        double headerHeight = Math.max(kind.prefHeight(-1), state.prefHeight(-1));
        double kindWidth = kind.prefWidth(-1);
        double stateWidth = Math.min(state.prefWidth(-1), inner - kindWidth - 4);
        kind.resizeRelocate(left, top, kindWidth, headerHeight);
        state.resizeRelocate(left + inner - stateWidth, top, stateWidth, headerHeight);
        double titleHeight = Math.min(title.prefHeight(inner), TITLE_LINES * title.prefHeight(-1));
        double captionHeight = caption.isVisible() ? caption.prefHeight(-1) : 0;
        double textTop = top + headerHeight + (h - top - headerHeight - PADDING.getBottom() - titleHeight - captionHeight) / 2;
        title.resizeRelocate(left, textTop, inner, titleHeight);
        caption.resizeRelocate(left, textTop + titleHeight, inner, captionHeight);
    }

    private static AppIcon kindIcon(StepKind kind) {
        return switch (kind) {
            case START -> AppIcon.STEP_START;
            case ACTION -> AppIcon.STEP_ACTION;
            case GATE -> AppIcon.STEP_GATE;
            case APPROVAL -> AppIcon.STEP_APPROVAL;
            case WAIT -> AppIcon.STEP_WAIT;
            case BRANCH -> AppIcon.STEP_BRANCH;
            case JOIN -> AppIcon.STEP_JOIN;
            case END -> AppIcon.STEP_END;
        };
    }

    private static AppIcon stateIcon(StepState state) {
        return switch (state) {
            case PENDING -> AppIcon.STEP_PENDING;
            case RUNNING -> AppIcon.STEP_RUNNING;
            case WAITING -> AppIcon.STEP_WAITING;
            case PASSED -> AppIcon.STEP_PASSED;
            case FAILED -> AppIcon.STEP_FAILED;
            case SKIPPED -> AppIcon.STEP_SKIPPED;
        };
    }
}
