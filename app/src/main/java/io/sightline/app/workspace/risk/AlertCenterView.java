package io.sightline.app.workspace.risk;

import io.sightline.app.controls.OriginTag;
import io.sightline.app.controls.TextColumn;
import io.sightline.app.controls.ViewParts;
import io.sightline.app.shell.DataOrigin;
import io.sightline.engine.api.AlertSeverity;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The alert center: open alerts with acknowledge and resolve, and the resolved ones below. */
final class AlertCenterView {
    static final String STYLE_CLASS = "alert-center";

    private final VBox root;

    AlertCenterView(AlertCenterViewModel viewModel, DataOrigin origin) {
        TableView<AlertRow> open = table("open-alerts", viewModel.open(),
                "No alert is firing or waiting to be resolved.");
        TableView<AlertRow> history = table("resolved-alerts", viewModel.history(), "No alert has been resolved yet.");
        Button acknowledge = new Button("Acknowledge");
        acknowledge.setId("acknowledge-alert");
        var selected = open.getSelectionModel().selectedItemProperty();
        acknowledge.disableProperty().bind(viewModel.busyProperty().or(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().canAcknowledge(), selected)));
        acknowledge.setOnAction(e -> viewModel.acknowledge(open.getSelectionModel().getSelectedItem()));
        Button resolve = new Button("Resolve");
        resolve.setId("resolve-alert");
        resolve.disableProperty().bind(viewModel.busyProperty().or(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().canResolve(), selected)));
        resolve.setOnAction(e -> viewModel.resolve(open.getSelectionModel().getSelectedItem()));
        HBox actions = new HBox(8, acknowledge, resolve, ViewParts.hint("as " + viewModel.user()));
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(open, Priority.ALWAYS);
        VBox.setVgrow(history, Priority.SOMETIMES);
        HBox title = new HBox(10, ViewParts.title("Firing and acknowledged"), OriginTag.create(origin));
        title.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(8, title, ViewParts.problem(viewModel.loadErrorProperty()),
                open, actions, ViewParts.problem(viewModel.actionErrorProperty()), ViewParts.title("Resolved"),
                history);
        root.getStyleClass().add(STYLE_CLASS);
    }

    Node root() {
        return root;
    }

    private static TableView<AlertRow> table(String id, javafx.collections.ObservableList<AlertRow> rows,
            String empty) {
        TableView<AlertRow> table = new TableView<>(rows);
        table.setId(id);
        table.setPlaceholder(ViewParts.hint(empty));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                new TextColumn<>("Severity", AlertRow::severity),
                new TextColumn<>("State", AlertRow::state),
                new TextColumn<>("Rule", AlertRow::rule),
                new TextColumn<>("Deployment", AlertRow::deployment),
                new TextColumn<>("Value", AlertRow::reading),
                new TextColumn<>("Age", AlertRow::age),
                new TextColumn<>("Handled", AlertRow::handledBy),
                new TextColumn<>("Message", AlertRow::message)));
        double[] widths = {80, 110, 170, 120, 150, 80, 230, 300};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        table.setRowFactory(t -> new SeverityRow());
        return table;
    }

    /** A row marked with its alert's severity (pseudo-classes critical, warning, info). */
    private static final class SeverityRow extends TableRow<AlertRow> {
        @Override
        protected void updateItem(AlertRow row, boolean empty) {
            super.updateItem(row, empty);
            for (AlertSeverity severity : AlertSeverity.values()) {
                pseudoClassStateChanged(PseudoClass.getPseudoClass(severity.name().toLowerCase(Locale.ROOT)),
                        !empty && row != null && row.alert().severity() == severity);
            }
        }
    }
}
