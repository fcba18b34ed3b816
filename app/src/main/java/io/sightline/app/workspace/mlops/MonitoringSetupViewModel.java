package io.sightline.app.workspace.mlops;

import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.TaskExecutor;
import io.sightline.engine.api.AlertMetric;
import io.sightline.engine.api.AlertRule;
import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.AlertSeverity;
import io.sightline.engine.api.Alerts;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.NotificationChannel;
import io.sightline.engine.api.NotificationSettings;
import io.sightline.engine.api.PlatformException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * How the platform watches the deployments: the alert rules (listed, created, edited and deleted here; the
 * platform checks a rule when it is saved and says what is wrong in its own words), and where fired alerts are
 * sent besides the console (a webhook and e-mail).
 */
public final class MonitoringSetupViewModel {
    private final Alerts alerts;
    private final TaskExecutor tasks;

    public MonitoringSetupViewModel(Alerts alerts, TaskExecutor tasks) {
        this.alerts = Objects.requireNonNull(alerts);
        this.tasks = Objects.requireNonNull(tasks);
    }

    private final ObservableList<AlertRule> rules = FXCollections.observableArrayList();

    /** The saved rules by name. */
    public ObservableList<AlertRule> rules() {
        return FXCollections.unmodifiableObservableList(rules);
    }

    private final ObservableList<String> deployments = FXCollections.observableArrayList();

    /** The deployments a rule may watch. */
    public ObservableList<String> deployments() {
        return deployments;
    }

    // ---- the rule being edited

    private final ReadOnlyObjectWrapper<AlertRule> editing = new ReadOnlyObjectWrapper<>(this, "editing");

    /** The saved rule the form edits; null while it makes a new one. */
    public ReadOnlyObjectProperty<AlertRule> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<String> deployment = new SimpleObjectProperty<>(this, "deployment");
    private final ObjectProperty<AlertMetric> metric = new SimpleObjectProperty<>(this, "metric", AlertMetric.ERROR_RATE);
    private final StringProperty column = new SimpleStringProperty(this, "column", "");
    private final ObjectProperty<Comparison> comparison = new SimpleObjectProperty<>(this, "comparison", Comparison.GREATER);
    private final StringProperty threshold = new SimpleStringProperty(this, "threshold", "");
    private final StringProperty windowMinutes = new SimpleStringProperty(this, "windowMinutes", "5");
    private final ObjectProperty<AlertSeverity> severity = new SimpleObjectProperty<>(this, "severity", AlertSeverity.WARNING);
    private final BooleanProperty retrain = new SimpleBooleanProperty(this, "retrain");
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<String> deploymentProperty() {
        return deployment;
    }

    public ObjectProperty<AlertMetric> metricProperty() {
        return metric;
    }

    /** The column a feature-drift rule watches. */
    public StringProperty columnProperty() {
        return column;
    }

    public ObjectProperty<Comparison> comparisonProperty() {
        return comparison;
    }

    public StringProperty thresholdProperty() {
        return threshold;
    }

    public StringProperty windowMinutesProperty() {
        return windowMinutes;
    }

    public ObjectProperty<AlertSeverity> severityProperty() {
        return severity;
    }

    public BooleanProperty retrainProperty() {
        return retrain;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    // ---- notification channels

    private NotificationSettings loadedSettings = NotificationSettings.none();
    private final StringProperty webhookUrl = new SimpleStringProperty(this, "webhookUrl", "");
    private final StringProperty smtpHost = new SimpleStringProperty(this, "smtpHost", "");
    private final StringProperty smtpPort = new SimpleStringProperty(this, "smtpPort", "25");
    private final BooleanProperty smtpStartTls = new SimpleBooleanProperty(this, "smtpStartTls");
    private final StringProperty smtpUser = new SimpleStringProperty(this, "smtpUser", "");
    private final StringProperty smtpPassword = new SimpleStringProperty(this, "smtpPassword", "");
    private final StringProperty mailFrom = new SimpleStringProperty(this, "mailFrom", "");
    private final StringProperty mailTo = new SimpleStringProperty(this, "mailTo", "");
    private final ReadOnlyBooleanWrapper passwordStored = new ReadOnlyBooleanWrapper(this, "passwordStored");

    public StringProperty webhookUrlProperty() {
        return webhookUrl;
    }

    public StringProperty smtpHostProperty() {
        return smtpHost;
    }

    public StringProperty smtpPortProperty() {
        return smtpPort;
    }

    public BooleanProperty smtpStartTlsProperty() {
        return smtpStartTls;
    }

    public StringProperty smtpUserProperty() {
        return smtpUser;
    }

    /** A new SMTP password; blank keeps the stored one. */
    public StringProperty smtpPasswordProperty() {
        return smtpPassword;
    }

    public StringProperty mailFromProperty() {
        return mailFrom;
    }

    /** Recipients, separated by commas. */
    public StringProperty mailToProperty() {
        return mailTo;
    }

    /** Whether the platform keeps an SMTP password (it never shows it). */
    public ReadOnlyBooleanProperty passwordStoredProperty() {
        return passwordStored.getReadOnlyProperty();
    }

    // ---- state

    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    // ---- commands

    /** Reads the rules and the notification settings again. */
    public void reload() {
        tasks.execute(BackgroundTask.of(() -> new Loaded(alerts.alertRules(), alerts.notificationSettings()))
                .onSuccess(loaded -> {
                    showRules(loaded.rules());
                    showSettings(loaded.settings());
                })
                .onFailure(failure -> error.set(FailureMessages.plain(failure, "reading the alert rules"))));
    }

    private record Loaded(List<AlertRule> rules, NotificationSettings settings) {
    }

    private void showRules(List<AlertRule> saved) {
        rules.setAll(saved.stream().sorted(Comparator.comparing(r -> r.spec().name())).toList());
    }

    /** Empties the form for a new rule on {@code forDeployment}. */
    public void newRule(String forDeployment) {
        editing.set(null);
        fill(new AlertRuleSpec("", forDeployment, AlertMetric.ERROR_RATE, "", Comparison.GREATER, 0.05,
                Duration.ofMinutes(5), AlertSeverity.WARNING, false, true));
        threshold.set("");
        error.set("");
        notice.set("");
    }

    /** A new rule watches the deployment chosen in the workspace unless the form names another. */
    public void follow(String chosenDeployment) {
        if (editing.get() == null && deployment.get() == null) {
            deployment.set(chosenDeployment);
        }
    }

    /** Fills the form with a saved rule, to change it. */
    public void edit(AlertRule rule) {
        editing.set(rule);
        fill(rule.spec());
        error.set("");
        notice.set("");
    }

    private void fill(AlertRuleSpec spec) {
        name.set(spec.name());
        deployment.set(spec.deployment());
        metric.set(spec.metric());
        column.set(spec.column() == null ? "" : spec.column());
        comparison.set(spec.comparison());
        threshold.set(io.sightline.app.text.Figures.number(spec.threshold()));
        windowMinutes.set(Long.toString(spec.window().toMinutes()));
        severity.set(spec.severity());
        retrain.set(spec.retrain());
        enabled.set(spec.enabled());
    }

    /**
     * Saves the form's rule. A rule edited under a new name is saved under it and the old one deleted (the
     * platform replaces rules by name).
     */
    public void save() {
        AlertRuleSpec spec = formRule();
        if (spec == null) {
            return;
        }
        AlertRule renamed = editing.get() != null && !editing.get().spec().name().equals(spec.name()) ? editing.get() : null;
        run(() -> {
            AlertRule saved = alerts.saveAlertRule(spec);
            if (renamed != null) {
                alerts.deleteAlertRule(renamed.id());
            }
            return saved;
        }, saved -> {
            editing.set(saved);
            notice.set("Saved the rule '" + saved.spec().name() + "'.");
        }, "saving the rule");
    }

    /** Judges the form's rule against the deployment's figures now, saving nothing; the answer is the notice. */
    public void tryRule() {
        AlertRuleSpec spec = formRule();
        if (spec == null) {
            return;
        }
        working.set(true);
        error.set("");
        notice.set("");
        tasks.execute(BackgroundTask.of(() -> alerts.tryAlertRule(spec))
                .onSuccess(trial -> notice.set(trial.message()))
                .onFailure(failure -> error.set(FailureMessages.plain(failure, "trying the rule")))
                .onFinished(() -> working.set(false)));
    }

    /** The rule the form describes, or null with the record's own words in the error when it cannot be one. */
    private AlertRuleSpec formRule() {
        try {
            return new AlertRuleSpec(name.get().strip(), deployment.get(), metric.get(),
                    column.get().isBlank() ? null : column.get().strip(), comparison.get(),
                    FormNumbers.decimal(threshold.get(), "the threshold"),
                    Duration.ofMinutes(FormNumbers.whole(windowMinutes.get(), "the window in minutes")),
                    severity.get(), retrain.get(), enabled.get());
        } catch (PlatformException unreadable) {
            error.set(unreadable.getMessage());
            return null;
        }
    }

    public void delete(AlertRule rule) {
        run(() -> {
            alerts.deleteAlertRule(rule.id());
            return rule;
        }, gone -> {
            if (editing.get() != null && editing.get().id().equals(gone.id())) {
                newRule(gone.spec().deployment());
            }
            notice.set("Deleted the rule '" + gone.spec().name() + "'.");
        }, "deleting the rule");
    }

    /** Saves the notification channels; a blank password keeps the stored one. */
    public void saveSettings() {
        NotificationSettings settings = formSettings();
        if (settings == null) {
            return;
        }
        working.set(true);
        error.set("");
        notice.set("");
        tasks.execute(BackgroundTask.of(() -> alerts.updateNotificationSettings(settings))
                .onSuccess(saved -> {
                    showSettings(saved);
                    notice.set("Saved where alerts are sent.");
                })
                .onFailure(failure -> error.set(FailureMessages.plain(failure, "saving the notification settings")))
                .onFinished(() -> working.set(false)));
    }

    /** Sends one test message through {@code channel} as the form sets it, saving nothing. */
    public void sendTest(NotificationChannel channel) {
        NotificationSettings settings = formSettings();
        if (settings == null) {
            return;
        }
        working.set(true);
        error.set("");
        notice.set("");
        tasks.execute(BackgroundTask.of(() -> alerts.sendTestNotification(channel, settings))
                .onSuccess(trial -> {
                    if (trial.delivered()) {
                        notice.set(trial.message());
                    } else {
                        error.set(trial.message());
                    }
                })
                .onFailure(failure -> error.set(FailureMessages.plain(failure, "sending a test message")))
                .onFinished(() -> working.set(false)));
    }

    /** The channels the form describes, or null with the record's own words in the error. */
    private NotificationSettings formSettings() {
        try {
            return new NotificationSettings(webhookUrl.get().strip(), smtpHost.get().strip(),
                    FormNumbers.whole(smtpPort.get(), "the SMTP port"), smtpStartTls.get(), smtpUser.get().strip(),
                    smtpPassword.get(), loadedSettings.smtpPasswordSet(), mailFrom.get().strip(),
                    Arrays.stream(mailTo.get().split("[,;\\s]+")).filter(a -> !a.isBlank()).toList());
        } catch (PlatformException unreadable) {
            error.set(unreadable.getMessage());
            return null;
        }
    }

    private void showSettings(NotificationSettings settings) {
        loadedSettings = settings;
        webhookUrl.set(settings.webhookUrl());
        smtpHost.set(settings.smtpHost());
        smtpPort.set(Integer.toString(settings.smtpPort()));
        smtpStartTls.set(settings.smtpStartTls());
        smtpUser.set(settings.smtpUser());
        smtpPassword.set("");
        passwordStored.set(settings.smtpPasswordSet());
        mailFrom.set(settings.mailFrom());
        mailTo.set(String.join(", ", settings.mailTo()));
    }

    private <T> void run(Callable<T> action, Consumer<T> done, String what) {
        working.set(true);
        error.set("");
        notice.set("");
        tasks.execute(BackgroundTask.of(() -> new Done<>(action.call(), alerts.alertRules()))
                .onSuccess(result -> {
                    showRules(result.rules());
                    done.accept(result.value());
                })
                .onFailure(failure -> error.set(FailureMessages.plain(failure, what)))
                .onFinished(() -> working.set(false)));
    }

    private record Done<T>(T value, List<AlertRule> rules) {
    }
}
