package io.sightline.app.shell;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import io.sightline.app.controls.HealthDot;
import io.sightline.app.icons.AppIcon;
import io.sightline.app.shell.connect.LinkQuality;
import io.sightline.app.shell.health.SystemHealthViewModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The bar at the bottom of the main window, the same for every workspace: where the console is connected and
 * how the link is, a switch that failed, this computer's figures, and the engine's health, which opens the
 * System health page when clicked.
 */
final class StatusBar {
    static final String PLACE_ID = "status-place";
    static final String LINK_ID = "status-link";
    static final String ROUND_TRIP_ID = "status-round-trip";
    static final String PROBLEM_ID = "status-problem";
    static final String HOST_ID = "status-host";
    static final String HEALTH_ID = "engine-health";

    private final HBox root;

    StatusBar(ShellViewModel shell, StatusBarViewModel status, SystemHealthViewModel health) {
        Label place = new Label();
        place.setId(PLACE_ID);
        place.textProperty().bind(status.placeProperty());
        place.graphicProperty().bind(status.remoteProperty().map(
                remote -> remote ? AppIcon.REMOTE.node() : AppIcon.DATABASE.node()));
        Label detail = new Label();
        detail.textProperty().bind(status.placeDetailProperty());
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        detail.setTooltip(new Tooltip());
        detail.getTooltip().textProperty().bind(status.placeDetailProperty());

        HBox link = linkPart(status);

        Label problem = new Label();
        problem.setId(PROBLEM_ID);
        problem.textProperty().bind(shell.noticeProperty());
        shell.problemProperty().addListener((obs, old, now) -> showAsProblem(problem, !now.isEmpty()));
        showAsProblem(problem, !shell.problemProperty().get().isEmpty());
        problem.setTooltip(new Tooltip());
        problem.getTooltip().textProperty().bind(problem.textProperty());
        problem.setMaxWidth(520);
        Button dismiss = new Button(null, AppIcon.CANCEL.node());
        dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        dismiss.setTooltip(new Tooltip("Dismiss"));
        dismiss.visibleProperty().bind(shell.problemProperty().isNotEmpty());
        dismiss.managedProperty().bind(dismiss.visibleProperty());
        dismiss.setOnAction(e -> shell.dismissProblem());

        Label host = new Label();
        host.setId(HOST_ID);
        host.textProperty().bind(health.hostSummaryProperty());
        host.setGraphic(AppIcon.HOST.node());
        host.setTooltip(new Tooltip("This computer: processor load, memory in use, and the disk that holds the"
                + " console's data folder"));

        HealthDot dot = new HealthDot();
        health.statusProperty().addListener((obs, old, now) -> dot.setStatus(now));
        dot.setStatus(health.statusProperty().get());
        Button engine = new Button();
        engine.setId(HEALTH_ID);
        engine.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "health-button");
        engine.textProperty().bind(health.summaryProperty());
        engine.setGraphic(dot);
        engine.setTooltip(new Tooltip("Open the System health page"));
        engine.setOnAction(e -> shell.showPage(ShellPage.SYSTEM_HEALTH));

        root = new HBox(12, place, detail, link, problem, dismiss, new Spacer(), host, engine);
        root.getStyleClass().add("status-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(2, 12, 2, 16));
    }

    private static void showAsProblem(Label label, boolean problem) {
        if (problem) {
            label.getStyleClass().add(Styles.DANGER);
        } else {
            label.getStyleClass().remove(Styles.DANGER);
        }
    }

    private static HBox linkPart(StatusBarViewModel status) {
        HealthDot dot = new HealthDot();
        status.qualityProperty().addListener((obs, old, now) -> dot.setStatus(now == null ? null : now.signal()));
        LinkQuality current = status.qualityProperty().get();
        dot.setStatus(current == null ? null : current.signal());
        Label word = new Label();
        word.setId(LINK_ID);
        word.textProperty().bind(status.linkTextProperty());
        word.setGraphic(dot);
        word.setTooltip(new Tooltip());
        word.getTooltip().textProperty().bind(status.linkDetailProperty().map(
                d -> d.isEmpty() ? "Connection quality, from the round trip and the recent checks" : d));
        Label roundTrip = new Label();
        roundTrip.setId(ROUND_TRIP_ID);
        roundTrip.textProperty().bind(status.roundTripProperty());
        roundTrip.getStyleClass().add(Styles.TEXT_MUTED);
        HBox part = new HBox(8, word, roundTrip);
        part.setAlignment(Pos.CENTER_LEFT);
        part.visibleProperty().bind(status.remoteProperty());
        part.managedProperty().bind(part.visibleProperty());
        return part;
    }

    HBox root() {
        return root;
    }
}
