package io.sightline.app.workspace.mlops;

import io.sightline.app.controls.ChartFrame;
import io.sightline.app.controls.LiveLineChart;
import io.sightline.app.controls.OriginTag;
import io.sightline.app.controls.TextColumn;
import io.sightline.app.controls.ViewParts;
import io.sightline.app.text.Figures;
import io.sightline.engine.api.ArmReport;
import io.sightline.engine.api.Stage;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The deployments page: every deployment with its policy; for the chosen one its arms, live charts per arm,
 * what the policy's kind adds (the A/B verdict, the canary's step, the bandit's shares), rollback, deploy and
 * promotion, and its history.
 */
final class ReleaseView {
    private final ScrollPane root;

    ReleaseView(MlopsViewModel viewModel) {
        ReleaseViewModel release = viewModel.release();
        VBox content = new VBox(10,
                ViewParts.title("Deployments"), deployments(viewModel),
                FormParts.row(ViewParts.title("Arms"), OriginTag.create(viewModel.origin()),
                        ViewParts.hint("each over the last " + ReleaseViewModel.REPORT_WINDOW.toMinutes() + " minutes")),
                ViewParts.problem(release.errorProperty()), arms(release), abTest(release), canary(release),
                charts(release), actions(viewModel.actions()),
                ViewParts.title("History"), history(viewModel));
        content.getStyleClass().add("release");
        content.setPadding(new Insets(12));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
    }

    Node root() {
        return root;
    }

    private static Node deployments(MlopsViewModel viewModel) {
        TableView<DeploymentRow> table = new TableView<>(viewModel.deployments());
        table.setId("deployments-table");
        table.setPlaceholder(ViewParts.hint("No deployment yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                new TextColumn<>("Deployment", DeploymentRow::name),
                new TextColumn<>("Serves", DeploymentRow::serves),
                new TextColumn<>("Since", DeploymentRow::since),
                new TextColumn<>("Policy", DeploymentRow::policyWords)));
        table.setPrefHeight(150);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.select(now.name());
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> select(table, now));
        table.getItems().addListener((javafx.collections.ListChangeListener<DeploymentRow>) change ->
                select(table, viewModel.selectedProperty().get()));
        return table;
    }

    private static void select(TableView<DeploymentRow> table, String name) {
        table.getItems().stream().filter(r -> r.name().equals(name)).findFirst()
                .ifPresent(row -> table.getSelectionModel().select(row));
    }

    private static Node arms(ReleaseViewModel release) {
        TableView<ArmReport> table = new TableView<>(release.arms());
        table.setId("arms-table");
        table.setPlaceholder(ViewParts.hint("Waiting for the release's figures…"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                new TextColumn<>("Arm", ArmReport::arm),
                new TextColumn<>("Version", a -> "v" + a.version()),
                new TextColumn<>("Planned", a -> Figures.percent(a.plannedShare())),
                new TextColumn<>("Observed", a -> Figures.percent(a.observedShare())),
                new TextColumn<>("Requests", a -> Figures.count(a.requests())),
                new TextColumn<>("Errors", a -> Figures.count(a.errors())),
                new TextColumn<>("p50", a -> millis(a.p50Millis())),
                new TextColumn<>("p95", a -> millis(a.p95Millis())),
                new TextColumn<>("Outcomes", a -> Figures.count(a.outcomes())),
                new TextColumn<>("Success rate", a -> Figures.percent(a.successRate()))));
        table.setPrefHeight(130);
        return table;
    }

    private static String millis(double value) {
        return Double.isFinite(value) ? Figures.significant(value) + " ms" : Figures.NONE;
    }

    private static Node abTest(ReleaseViewModel release) {
        Label verdict = label("ab-verdict", release.abTestProperty().map(AbTestPanel::verdict).orElse(""));
        verdict.getStyleClass().add("verdict");
        Label difference = label("ab-difference", release.abTestProperty().map(AbTestPanel::difference).orElse(""));
        Label rates = label("ab-rates", release.abTestProperty().map(AbTestPanel::rates).orElse(""));
        ProgressBar progress = new ProgressBar();
        progress.setId("ab-progress");
        progress.setPrefWidth(320);
        progress.progressProperty().bind(release.abTestProperty().map(AbTestPanel::progress).orElse(0.0));
        Label counted = label("ab-progress-text", release.abTestProperty().map(AbTestPanel::progressText).orElse(""));
        VBox box = new VBox(4, ViewParts.title("A/B test"), verdict, difference, rates, FormParts.row(progress, counted));
        box.setId("ab-panel");
        return ViewParts.shownWhen(box, release.abTestProperty().isNotNull());
    }

    private static Node canary(ReleaseViewModel release) {
        Label status = label("canary-status", release.canaryProperty());
        Label next = ViewParts.hint(release.canaryWordsProperty());
        VBox box = new VBox(4, ViewParts.title("Canary"), status, next);
        box.setId("canary-panel");
        return ViewParts.shownWhen(box, release.canaryProperty().isNotEmpty());
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.setWrapText(true);
        return label;
    }

    private static Node charts(ReleaseViewModel release) {
        LiveLineChart share = new LiveLineChart("arm-share-chart", "observed share");
        LiveLineChart latency = new LiveLineChart("arm-latency-chart", "p95 latency, ms");
        LiveLineChart errors = new LiveLineChart("arm-errors-chart", "error rate");
        LiveLineChart success = new LiveLineChart("arm-success-chart", "success rate");
        LiveLineChart bandit = new LiveLineChart("bandit-chart", "share set by the bandit");
        release.chartsProperty().addListener((obs, old, now) -> {
            show(share, now, ReleaseCharts::share);
            show(latency, now, ReleaseCharts::latency);
            show(errors, now, ReleaseCharts::errors);
            show(success, now, ReleaseCharts::success);
            show(bandit, now, ReleaseCharts::bandit);
        });
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.addRow(0, ViewParts.title("Observed share"), ViewParts.title("Latency (95th percentile)"));
        grid.addRow(1, share.node(), latency.node());
        grid.addRow(2, ViewParts.title("Error rate"), ViewParts.title("Success rate (outcomes)"));
        grid.addRow(3, errors.node(), success.node());
        for (LiveLineChart chart : List.of(share, latency, errors, success)) {
            GridPane.setHgrow(chart.node(), Priority.ALWAYS);
        }
        VBox banditBox = new VBox(4, ViewParts.title("Bandit's shares over time"), bandit.node());
        ViewParts.shownWhen(banditBox, release.chartsProperty().map(c -> c.bandit() != null).orElse(false));
        return new VBox(6, ViewParts.hint("Each point is an arm's figures over the last "
                + ReleaseViewModel.REPORT_WINDOW.toMinutes() + " minutes at that moment, read every few seconds while"
                + " this page is open."), banditBox, grid);
    }

    private static void show(LiveLineChart chart, ReleaseCharts charts, Function<ReleaseCharts, ChartFrame> frame) {
        chart.show(charts == null ? null : frame.apply(charts));
    }

    private static Node actions(ReleaseActionsViewModel actions) {
        TextField reason = FormParts.text("rollback-reason", actions.rollbackReasonProperty(), 360);
        reason.setPromptText("Why roll back? (required, kept in the history)");
        Button rollback = new Button("Roll back");
        rollback.setId("rollback");
        rollback.setOnAction(e -> actions.rollback());
        Node guardedRollback = FormParts.guarded(rollback, actions.canRollBackProperty().not(),
                "Type why you roll back first: the reason is kept in the deployment's history.",
                "Serve the version served before this one again.");
        Button deploy = new Button("Deploy");
        deploy.setId("deploy-version");
        deploy.disableProperty().bind(actions.deployVersionProperty().isNull().or(actions.workingProperty()));
        deploy.setOnAction(e -> actions.deploy());
        Button promote = new Button("Set stage");
        promote.setId("promote-version");
        promote.disableProperty().bind(actions.stageVersionProperty().isNull().or(actions.workingProperty()));
        promote.setOnAction(e -> actions.promote());
        VBox box = new VBox(6, ViewParts.title("Roll back, deploy, promote"),
                FormParts.row(reason, guardedRollback),
                FormParts.row(new Label("Deploy version"),
                        FormParts.version("deploy-version-choice", actions.versions(), actions.deployVersionProperty()),
                        deploy, new Label("  Move version"),
                        FormParts.version("stage-version-choice", actions.versions(), actions.stageVersionProperty()),
                        new Label("to"), FormParts.choice("stage-choice", List.of(Stage.values()), actions.stageProperty()),
                        promote),
                ViewParts.problem(actions.errorProperty()), ViewParts.notice(actions.noticeProperty()));
        box.setId("release-actions");
        return box;
    }

    private static Node history(MlopsViewModel viewModel) {
        TableView<HistoryRow> table = new TableView<>(viewModel.history());
        table.setId("history-table");
        table.setPlaceholder(ViewParts.hint("No change recorded for this deployment yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                new TextColumn<>("When", HistoryRow::when),
                new TextColumn<>("Who", HistoryRow::by),
                new TextColumn<>("Version", HistoryRow::fromTo),
                new TextColumn<>("Policy", HistoryRow::policy),
                new TextColumn<>("Why", HistoryRow::reason)));
        table.setPrefHeight(180);
        return table;
    }
}
