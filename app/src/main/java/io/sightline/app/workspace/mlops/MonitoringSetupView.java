package io.sightline.app.workspace.mlops;

import io.sightline.app.controls.TextColumn;
import io.sightline.app.controls.ViewParts;
import io.sightline.app.text.Figures;
import io.sightline.engine.api.AlertMetric;
import io.sightline.engine.api.AlertRule;
import io.sightline.engine.api.AlertSeverity;
import io.sightline.engine.api.Comparison;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import io.sightline.engine.api.NotificationChannel;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The monitoring set-up page: alert rules (list, new, edit, delete) and where fired alerts are sent. */
final class MonitoringSetupView {
    private final MonitoringSetupViewModel viewModel;
    private final ScrollPane root;

    MonitoringSetupView(MonitoringSetupViewModel viewModel, ObservableValue<String> deployment) {
        this.viewModel = viewModel;
        VBox content = new VBox(10, ViewParts.title("Alert rules"), rules(deployment), ViewParts.title("Rule"), editor(),
                ViewParts.problem(viewModel.errorProperty()), ViewParts.notice(viewModel.noticeProperty()),
                ViewParts.title("Where alerts are sent"), channels());
        content.getStyleClass().add("monitoring-setup");
        content.setPadding(new Insets(12));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        viewModel.newRule(deployment.getValue());
    }

    Node root() {
        return root;
    }

    private Node rules(ObservableValue<String> deployment) {
        TableView<AlertRule> table = new TableView<>(viewModel.rules());
        table.setId("alert-rules");
        table.setPlaceholder(ViewParts.hint("No alert rule yet: write one below."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                new TextColumn<>("Name", r -> r.spec().name()),
                new TextColumn<>("Deployment", r -> r.spec().deployment()),
                new TextColumn<>("Fires when", MonitoringSetupView::condition),
                new TextColumn<>("Severity", r -> r.spec().severity().name().toLowerCase()),
                new TextColumn<>("On", r -> r.spec().enabled() ? "yes" : "no")));
        table.setPrefHeight(180);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.edit(now);
            }
        });
        Button fresh = new Button("New rule");
        fresh.setId("new-alert-rule");
        fresh.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            viewModel.newRule(deployment.getValue());
        });
        Button delete = new Button("Delete");
        delete.setId("delete-alert-rule");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(viewModel.workingProperty()));
        delete.setOnAction(e -> confirmDelete(table.getSelectionModel().getSelectedItem()));
        return new VBox(6, table, FormParts.row(fresh, delete));
    }

    static String condition(AlertRule rule) {
        var spec = rule.spec();
        String metric = spec.metric().name().toLowerCase().replace('_', ' ')
                + (spec.column() == null ? "" : " of " + spec.column());
        return metric + " " + spec.comparison().symbol() + " " + Figures.number(spec.threshold()) + " over "
                + spec.window().toMinutes() + " min";
    }

    private Node editor() {
        ComboBox<Comparison> comparison = FormParts.comparison("rule-comparison", viewModel.comparisonProperty());
        Button save = new Button();
        save.setId("save-alert-rule");
        save.textProperty().bind(viewModel.editingProperty().map(r -> "Save changes").orElse("Create rule"));
        save.disableProperty().bind(viewModel.nameProperty().isEmpty().or(viewModel.workingProperty()));
        save.setOnAction(e -> viewModel.save());
        Button trial = new Button("Try against current figures");
        trial.setId("try-alert-rule");
        trial.disableProperty().bind(viewModel.workingProperty());
        trial.setOnAction(e -> viewModel.tryRule());
        return new VBox(6, FormParts.grid(
                "Name", FormParts.text("rule-name", viewModel.nameProperty(), 240),
                "Deployment", FormParts.choice("rule-deployment", viewModel.deployments(), viewModel.deploymentProperty()),
                "Figure", FormParts.choice("rule-metric", List.of(AlertMetric.values()), viewModel.metricProperty()),
                "Column (feature drift)", FormParts.text("rule-column", viewModel.columnProperty(), 160),
                "Fires when it is", FormParts.row(comparison,
                        FormParts.text("rule-threshold", viewModel.thresholdProperty(), 80)),
                "Over the last (minutes)", FormParts.text("rule-window", viewModel.windowMinutesProperty(), 60),
                "Severity", FormParts.choice("rule-severity", List.of(AlertSeverity.values()), viewModel.severityProperty()),
                "", FormParts.check("rule-retrain", "Train a challenger when it fires", viewModel.retrainProperty()),
                "", FormParts.check("rule-enabled", "On", viewModel.enabledProperty())), FormParts.row(save, trial));
    }

    private Button testButton(String id, String text, NotificationChannel channel) {
        Button button = new Button(text);
        button.setId(id);
        button.disableProperty().bind(viewModel.workingProperty());
        button.setOnAction(e -> viewModel.sendTest(channel));
        return button;
    }

    private Node channels() {
        PasswordField password = new PasswordField();
        password.setId("smtp-password");
        password.textProperty().bindBidirectional(viewModel.smtpPasswordProperty());
        password.promptTextProperty().bind(viewModel.passwordStoredProperty()
                .map(stored -> stored ? "stored: leave blank to keep it" : "none stored"));
        Button save = new Button("Save channels");
        save.setId("save-channels");
        save.disableProperty().bind(viewModel.workingProperty());
        save.setOnAction(e -> viewModel.saveSettings());
        Button testWebhook = testButton("test-webhook", "Send a test to the webhook", NotificationChannel.WEBHOOK);
        Button testMail = testButton("test-mail", "Send a test e-mail", NotificationChannel.EMAIL);
        return new VBox(6, ViewParts.hint("Leave the webhook address or the SMTP host empty to switch that channel off."),
                FormParts.grid(
                        "Webhook (Slack-compatible)", FormParts.text("webhook-url", viewModel.webhookUrlProperty(), 360),
                        "SMTP host", FormParts.text("smtp-host", viewModel.smtpHostProperty(), 200),
                        "SMTP port", FormParts.text("smtp-port", viewModel.smtpPortProperty(), 60),
                        "", FormParts.check("smtp-starttls", "Use STARTTLS", viewModel.smtpStartTlsProperty()),
                        "SMTP user", FormParts.text("smtp-user", viewModel.smtpUserProperty(), 200),
                        "SMTP password", password,
                        "From", FormParts.text("mail-from", viewModel.mailFromProperty(), 240),
                        "To (comma-separated)", FormParts.text("mail-to", viewModel.mailToProperty(), 360)),
                FormParts.row(save, testWebhook, testMail));
    }

    private void confirmDelete(AlertRule rule) {
        if (rule == null) {
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Delete the alert rule '" + rule.spec().name()
                + "'? It stops watching at once.", ButtonType.OK, ButtonType.CANCEL);
        ask.setHeaderText("Delete this rule");
        if (root.getScene() != null) {
            ask.initOwner(root.getScene().getWindow());
        }
        ask.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.delete(rule));
    }
}
