package io.sightline.app.workspace.mlops;

import io.sightline.app.controls.ViewParts;
import io.sightline.engine.api.AbTestMethod;
import io.sightline.engine.api.BanditReward;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.OutcomeMetric;
import io.sightline.engine.api.PolicyKind;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The traffic-policy editor: the kind, the arms, a sticky key, the plan the kind needs, and a reason; what the
 * seam's records refuse is said beside the form, and "Apply" stays off until the form makes a policy.
 */
final class PolicyEditorView {
    /** What the sticky-key choice shows for "none". */
    static final String NO_STICKY_KEY = "None: each request on its own";

    private final PolicyEditorViewModel viewModel;
    private final ScrollPane root;

    PolicyEditorView(PolicyEditorViewModel viewModel) {
        this.viewModel = viewModel;
        ComboBox<PolicyKind> kind = FormParts.choice("policy-kind", List.of(PolicyKind.values()), viewModel.kindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(PolicyKind value) {
                return value == null ? "" : ReleaseWording.kind(value);
            }

            @Override
            public PolicyKind fromString(String text) {
                return null;
            }
        });
        Label kindHint = ViewParts.hint(viewModel.kindProperty().map(PolicyEditorView::explain).orElse(""));
        Label problem = ViewParts.problem(viewModel.problemProperty());
        problem.setId("policy-problem");
        Label sampleSize = ViewParts.hint(viewModel.sampleSizeProperty());
        sampleSize.setId("ab-sample-size");

        TextField reason = FormParts.text("policy-reason", viewModel.reasonProperty(), 420);
        reason.setPromptText("Why this change? (kept in the deployment's history)");
        Button apply = new Button("Apply");
        apply.setId("apply-policy");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> viewModel.apply());
        Node guardedApply = FormParts.guarded(apply, viewModel.canApplyProperty().not(),
                "Apply is off until the form makes a valid policy and says why.",
                "Serve the deployment under this policy from now on.");

        VBox content = new VBox(10, ViewParts.title("Traffic policy"), FormParts.row(new Label("Kind"), kind),
                kindHint, ViewParts.title("Arms"), arms(), stickyKey(), canary(), abTest(), bandit(), routes(),
                problem, sampleSize, FormParts.row(new Label("Reason"), reason, guardedApply),
                ViewParts.problem(viewModel.errorProperty()), ViewParts.notice(viewModel.noticeProperty()));
        content.getStyleClass().add("policy-editor");
        content.setPadding(new Insets(12));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
    }

    Node root() {
        return root;
    }

    static String explain(PolicyKind kind) {
        return switch (kind) {
            case SINGLE -> "One version answers everything.";
            case CANARY -> "The stable version first, then the canary: its share grows step by step while its guard"
                    + " holds, and falls back to the stable version when it breaks.";
            case AB_TEST -> "A first, then B: the traffic splits until a significance test on the outcome decides.";
            case SHADOW -> "The first version answers every request (share 1); the shadow's share of requests is"
                    + " also scored by it and logged, never returned.";
            case BANDIT -> "Shares move towards the arm whose outcomes reward most (Thompson sampling); the shares"
                    + " below are where it starts.";
            case CONTEXTUAL -> "Each request goes to the arm of the first route its inputs match; the first arm takes"
                    + " the rest.";
        };
    }

    private Node arms() {
        GridPane grid = new GridPane();
        grid.setId("policy-arms");
        grid.setHgap(8);
        grid.setVgap(6);
        Runnable fill = () -> {
            grid.getChildren().clear();
            grid.addRow(0, new Label("Name"), new Label("Version"), new Label("Share (0 to 1)"));
            for (int i = 0; i < viewModel.arms().size(); i++) {
                ArmDraft arm = viewModel.arms().get(i);
                ComboBox<Integer> version = FormParts.version("arm-version-" + i, viewModel.versions(), arm.versionProperty());
                Button remove = new Button("Remove");
                remove.setOnAction(e -> viewModel.removeArm(arm));
                grid.addRow(i + 1, FormParts.text("arm-name-" + i, arm.nameProperty(), 120), version,
                        FormParts.text("arm-share-" + i, arm.shareProperty(), 80), remove);
            }
        };
        whenAddedOrRemoved(viewModel.arms(), fill);
        fill.run();
        Button add = new Button("Add arm");
        add.setId("add-arm");
        add.setOnAction(e -> viewModel.addArm());
        return new VBox(6, grid, add);
    }

    private Node stickyKey() {
        ObservableList<String> choices = FXCollections.observableArrayList();
        Runnable refill = () -> {
            choices.setAll(NO_STICKY_KEY);
            choices.addAll(viewModel.columns());
        };
        viewModel.columns().addListener((ListChangeListener<String>) change -> refill.run());
        refill.run();
        ComboBox<String> box = new ComboBox<>(choices);
        box.setId("sticky-key");
        box.setValue(shownKey(viewModel.stickyKeyProperty().get()));
        viewModel.stickyKeyProperty().addListener((obs, old, now) -> box.setValue(shownKey(now)));
        box.valueProperty().addListener((obs, old, now) ->
                viewModel.stickyKeyProperty().set(now == null || NO_STICKY_KEY.equals(now) ? null : now));
        return FormParts.row(new Label("Sticky key"), box,
                ViewParts.hint("an input whose value keeps an entity on one arm"));
    }

    private static String shownKey(String key) {
        return key == null ? NO_STICKY_KEY : key;
    }

    private Node canary() {
        GridPane grid = FormParts.grid(
                "Steps (canary share)", FormParts.text("canary-steps", viewModel.canaryStepsProperty(), 200),
                "Minutes per step", FormParts.text("canary-minutes", viewModel.canaryStepMinutesProperty(), 60),
                "Largest error rate", FormParts.text("guard-error-rate", viewModel.guardMaxErrorRateProperty(), 60),
                "Latency limit (× stable)", FormParts.text("guard-latency", viewModel.guardMaxLatencyRatioProperty(), 60),
                "Largest success drop", FormParts.text("guard-success-drop", viewModel.guardMaxSuccessDropProperty(), 60),
                "Requests to judge", FormParts.text("guard-requests", viewModel.guardMinRequestsProperty(), 60),
                "Outcomes to judge success", FormParts.text("guard-outcomes", viewModel.guardMinOutcomesProperty(), 60),
                "", FormParts.check("canary-automatic", "Advance by itself while the guard holds",
                        viewModel.canaryAutomaticProperty()));
        return section("Canary plan", grid, PolicyKind.CANARY);
    }

    private Node abTest() {
        GridPane grid = FormParts.grid(
                "Outcome", FormParts.choice("ab-metric", List.of(OutcomeMetric.values()), viewModel.abMetricProperty()),
                "Method", FormParts.choice("ab-method", List.of(AbTestMethod.values()), viewModel.abMethodProperty()),
                "Confidence", FormParts.text("ab-confidence", viewModel.abConfidenceProperty(), 60),
                "Smallest difference", FormParts.text("ab-effect", viewModel.abMinimumEffectProperty(), 60),
                "Power", FormParts.text("ab-power", viewModel.abPowerProperty(), 60),
                "Expected success of A", FormParts.text("ab-baseline", viewModel.abBaselineProperty(), 60),
                "Outcome known after (hours)", FormParts.text("ab-outcome-hours", viewModel.abOutcomeHoursProperty(), 60));
        return section("A/B test plan", grid, PolicyKind.AB_TEST);
    }

    private Node bandit() {
        GridPane grid = FormParts.grid(
                "Reward", FormParts.choice("bandit-reward", List.of(BanditReward.values()), viewModel.banditRewardProperty()),
                "Outcome", FormParts.choice("bandit-metric", List.of(OutcomeMetric.values()), viewModel.banditMetricProperty()),
                "Prior (alpha)", FormParts.text("bandit-alpha", viewModel.banditPriorAlphaProperty(), 60),
                "Prior (beta)", FormParts.text("bandit-beta", viewModel.banditPriorBetaProperty(), 60),
                "Seconds between updates", FormParts.text("bandit-update", viewModel.banditUpdateSecondsProperty(), 60),
                "Least share of an arm", FormParts.text("bandit-min-share", viewModel.banditMinShareProperty(), 60));
        return section("Bandit plan", grid, PolicyKind.BANDIT);
    }

    private Node routes() {
        GridPane grid = new GridPane();
        grid.setId("policy-routes");
        grid.setHgap(8);
        grid.setVgap(6);
        ObservableList<String> armNames = FXCollections.observableArrayList();
        Runnable names = () -> armNames.setAll(viewModel.arms().stream().map(a -> a.nameProperty().get()).toList());
        viewModel.arms().addListener((ListChangeListener<ArmDraft>) change -> names.run());
        names.run();
        Runnable fill = () -> {
            grid.getChildren().clear();
            for (int i = 0; i < viewModel.routes().size(); i++) {
                RouteDraft route = viewModel.routes().get(i);
                ComboBox<Comparison> comparison = FormParts.comparison("route-comparison-" + i,
                        route.comparisonProperty());
                Button remove = new Button("Remove");
                remove.setOnAction(e -> viewModel.removeRoute(route));
                grid.addRow(i, new Label("When"),
                        FormParts.choice("route-column-" + i, viewModel.columns(), route.columnProperty()), comparison,
                        FormParts.text("route-value-" + i, route.valueProperty(), 100), new Label("→ arm"),
                        FormParts.choice("route-arm-" + i, armNames, route.armProperty()), remove);
            }
        };
        whenAddedOrRemoved(viewModel.routes(), fill);
        fill.run();
        Button add = new Button("Add route");
        add.setId("add-route");
        add.setOnAction(e -> viewModel.addRoute());
        return section("Routes, tried in order", new VBox(6, grid, add), PolicyKind.CONTEXTUAL);
    }

    /** Rebuilds rows when the list gains or loses one, not on edits: a field typed into keeps its focus. */
    private static <T> void whenAddedOrRemoved(ObservableList<T> list, Runnable fill) {
        list.addListener((ListChangeListener<T>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    fill.run();
                    return;
                }
            }
        });
    }

    private Node section(String title, Node body, PolicyKind kind) {
        VBox box = new VBox(6, ViewParts.title(title), body);
        ObservableValue<Boolean> shown = viewModel.kindProperty().map(k -> k == kind).orElse(false);
        return ViewParts.shownWhen(box, shown);
    }
}
