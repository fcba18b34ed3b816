package io.sightline.app.workspace.risk;

import io.sightline.app.controls.OriginTag;
import io.sightline.app.controls.TextColumn;
import io.sightline.app.controls.ViewParts;
import io.sightline.app.shell.DataOrigin;
import io.sightline.app.workspace.RecentPeriod;
import io.sightline.engine.sentence.ParsedStrategy;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Strategies in plain language: write a rule, read it back, back-test it on recent traffic, then enable it;
 * below, the deployment's saved rules, which can be switched off, back-tested and switched on again, or deleted.
 */
final class StrategiesView {
    static final String EXAMPLE = "block electronics sellers with risk score above 0.85 when their chargeback rate"
            + " is over 2%";

    private final StrategiesViewModel viewModel;
    private final ScrollPane root;

    StrategiesView(StrategiesViewModel viewModel, DataOrigin origin) {
        this.viewModel = viewModel;
        TextArea sentence = new TextArea();
        sentence.setId("strategy-sentence");
        sentence.setPromptText(EXAMPLE);
        sentence.setPrefRowCount(2);
        sentence.setWrapText(true);
        sentence.textProperty().bindBidirectional(viewModel.sentenceProperty());
        Button understand = new Button("Read it back");
        understand.setId("understand-strategy");
        understand.setDefaultButton(true);
        understand.disableProperty().bind(viewModel.sentenceProperty().isEmpty());
        understand.setOnAction(e -> viewModel.understand());

        VBox content = new VBox(8, ViewParts.title("Write a rule"),
                ViewParts.hint("Say what to do (block, review or flag) and when, with the model's inputs and its risk"
                        + " score — for example: " + EXAMPLE + "."),
                sentence, understand, ViewParts.problem(viewModel.parseMessageProperty()), readBack(),
                testAndEnable(origin), ViewParts.problem(viewModel.errorProperty()),
                ViewParts.notice(viewModel.noticeProperty()), ViewParts.title("Rules of this deployment"), saved());
        content.getStyleClass().add("strategies");
        root = new ScrollPane(content);
        root.setFitToWidth(true);
    }

    Node root() {
        return root;
    }

    /** The rule as understood: its action and each condition, for the user to confirm. */
    private Node readBack() {
        Label action = new Label();
        action.setId("strategy-action");
        action.getStyleClass().add("rule-action");
        action.textProperty().bind(viewModel.parsedProperty().map(ParsedStrategy::actionReading).orElse(""));
        VBox conditions = new VBox(2);
        conditions.setId("strategy-readings");
        viewModel.readings().addListener((ListChangeListener<String>) change -> conditions.getChildren().setAll(
                viewModel.readings().stream().map(r -> (Node) new Label("• " + r)).toList()));
        VBox box = new VBox(4, ViewParts.hint("I read this rule as:"), action, conditions);
        box.getStyleClass().add("read-back");
        return ViewParts.shownWhen(box, viewModel.pendingProperty().map(p -> p.isNew()).orElse(false));
    }

    private Node testAndEnable(DataOrigin origin) {
        ComboBox<RecentPeriod> window = new ComboBox<>();
        window.setId("backtest-window");
        window.getItems().setAll(RecentPeriod.ONE_HOUR, RecentPeriod.SIX_HOURS, RecentPeriod.ONE_DAY);
        window.valueProperty().bindBidirectional(viewModel.backtestWindowProperty());
        Button backtest = new Button("Back-test");
        backtest.setId("backtest-strategy");
        backtest.disableProperty().bind(viewModel.pendingProperty().isNull().or(viewModel.workingProperty()));
        backtest.setOnAction(e -> viewModel.backtest());
        Button enable = new Button();
        enable.setId("enable-strategy");
        enable.textProperty().bind(viewModel.pendingProperty().map(p -> p.isNew() ? "Save and enable" : "Enable")
                .orElse("Enable"));
        enable.disableProperty().bind(viewModel.testedProperty().not().or(viewModel.workingProperty()));
        enable.setOnAction(e -> viewModel.enable());
        HBox buttons = new HBox(8, new Label("Back-test on the"), window, backtest, enable);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label result = ViewParts.hint(viewModel.backtestProperty());
        result.setId("backtest-result");
        HBox tagged = new HBox(8, OriginTag.create(origin), result);
        ViewParts.shownWhen(tagged, viewModel.backtestProperty().isNotEmpty());
        Label which = ViewParts.hint(viewModel.pendingProperty().map(p -> p.isNew() ? ""
                : "Back-test the saved rule before switching it on: " + p.spec().name()).orElse(""));
        VBox box = new VBox(6, which, buttons, tagged);
        return ViewParts.shownWhen(box, viewModel.pendingProperty().isNotNull());
    }

    private Node saved() {
        TableView<StrategyRow> table = new TableView<>(viewModel.saved());
        table.setId("saved-strategies");
        table.setPlaceholder(ViewParts.hint("No rule yet: rules you enable appear here."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                new TextColumn<>("State", StrategyRow::state),
                new TextColumn<>("Action", StrategyRow::action),
                new TextColumn<>("Conditions", StrategyRow::conditions),
                new TextColumn<>("Rule", StrategyRow::rule)));
        double[] widths = {80, 110, 330, 400};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        table.setPrefHeight(220);
        var selected = table.getSelectionModel().selectedItemProperty();
        Button enable = new Button("Back-test and enable…");
        enable.setId("prepare-enable");
        enable.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().enabled(), selected));
        enable.setOnAction(e -> viewModel.prepareToEnable(selected.get()));
        Button off = new Button("Switch off");
        off.setId("disable-strategy");
        off.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().enabled(), selected).or(viewModel.workingProperty()));
        off.setOnAction(e -> viewModel.disable(selected.get()));
        Button delete = new Button("Delete");
        delete.setId("delete-strategy");
        delete.disableProperty().bind(selected.isNull().or(viewModel.workingProperty()));
        delete.setOnAction(e -> confirmDelete(selected.get()));
        HBox actions = new HBox(8, enable, off, delete);
        return new VBox(6, table, actions);
    }

    private void confirmDelete(StrategyRow row) {
        if (row == null) {
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Delete the rule '" + row.rule() + "'? It stops deciding"
                + " at once and cannot be brought back.", ButtonType.OK, ButtonType.CANCEL);
        ask.setHeaderText("Delete this rule");
        if (root.getScene() != null) {
            ask.initOwner(root.getScene().getWindow());
        }
        ask.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.delete(row));
    }
}
