package io.sightline.app.workspace.risk;

import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.workspace.RecentPeriod;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.Predictions;
import io.sightline.engine.api.Strategies;
import io.sightline.engine.api.Strategy;
import io.sightline.engine.api.StrategySpec;
import io.sightline.engine.sentence.ParsedStrategy;
import io.sightline.engine.sentence.StrategyParser;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Decision strategies of the chosen deployment in plain language. A sentence is parsed against the served
 * model's inputs and read back for confirmation (or the words not understood are named); the rule is then
 * back-tested on the logged traffic of a recent window, and only a back-tested rule can be saved and enabled.
 * A saved rule that is off is back-tested again before it is switched on; switching off needs no test.
 */
public final class StrategiesViewModel {
    /** The rule waiting to be enabled: a new one (no id) or a saved one that is off. */
    public record Pending(StrategySpec spec, String savedId) {
        public boolean isNew() {
            return savedId == null;
        }
    }

    private final Predictions predictions;
    private final Strategies strategies;
    private final TaskExecutor tasks;
    private DeploymentFacts facts;
    private StrategyParser parser;

    public <P extends Predictions & Strategies> StrategiesViewModel(P platform, TaskExecutor tasks) {
        this.predictions = Objects.requireNonNull(platform);
        this.strategies = Objects.requireNonNull(platform);
        this.tasks = Objects.requireNonNull(tasks);
        sentence.addListener((obs, old, now) -> {
            if (pending.get() != null && pending.get().isNew()) {
                forgetPending();
            }
        });
    }

    private final StringProperty sentence = new SimpleStringProperty(this, "sentence", "");

    public StringProperty sentenceProperty() {
        return sentence;
    }

    private final ObjectProperty<RecentPeriod> backtestWindow =
            new SimpleObjectProperty<>(this, "backtestWindow", RecentPeriod.SIX_HOURS);

    public ObjectProperty<RecentPeriod> backtestWindowProperty() {
        return backtestWindow;
    }

    private final ReadOnlyObjectWrapper<ParsedStrategy> parsed = new ReadOnlyObjectWrapper<>(this, "parsed");

    public ReadOnlyObjectProperty<ParsedStrategy> parsedProperty() {
        return parsed.getReadOnlyProperty();
    }

    private final ObservableList<String> readings = FXCollections.observableArrayList();
    private final ObservableList<String> readingsReadOnly = FXCollections.unmodifiableObservableList(readings);

    /** The conditions of the last sentence, read back in plain words. */
    public ObservableList<String> readings() {
        return readingsReadOnly;
    }

    private final ReadOnlyStringWrapper parseMessage = new ReadOnlyStringWrapper(this, "parseMessage", "");

    /** The words not understood and other problems of the last sentence; empty when it was understood. */
    public ReadOnlyStringProperty parseMessageProperty() {
        return parseMessage.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Pending> pending = new ReadOnlyObjectWrapper<>(this, "pending");

    public ReadOnlyObjectProperty<Pending> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper tested = new ReadOnlyBooleanWrapper(this, "tested");

    /** Whether the pending rule has been back-tested, which enabling requires. */
    public ReadOnlyBooleanProperty testedProperty() {
        return tested.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper backtest = new ReadOnlyStringWrapper(this, "backtest", "");

    /** The last back-test, in sentences. */
    public ReadOnlyStringProperty backtestProperty() {
        return backtest.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    /** What the last change did, in a sentence. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    private final ObservableList<StrategyRow> saved = FXCollections.observableArrayList();
    private final ObservableList<StrategyRow> savedReadOnly = FXCollections.unmodifiableObservableList(saved);

    public ObservableList<StrategyRow> saved() {
        return savedReadOnly;
    }

    /** Works on another deployment's strategies (null: none). */
    public void show(DeploymentFacts deploymentFacts) {
        facts = deploymentFacts;
        parser = deploymentFacts == null ? null : new StrategyParser(deploymentFacts.schema());
        parsed.set(null);
        readings.clear();
        parseMessage.set("");
        forgetPending();
        error.set("");
        notice.set("");
        saved.clear();
        reload();
    }

    public void reload() {
        DeploymentFacts shown = facts;
        if (shown == null) {
            return;
        }
        tasks.execute(BackgroundTask.of(() -> strategies.strategies(shown.deployment()))
                .onSuccess(list -> {
                    if (shown == facts) {
                        saved.setAll(list.stream().sorted(Comparator.comparing(Strategy::createdAt).reversed())
                                .map(StrategyRow::of).toList());
                    }
                })
                .onFailure(failure -> {
                    if (shown == facts) {
                        error.set(FailureMessages.plain(failure, "loading the strategies"));
                    }
                }));
    }

    /** Reads the sentence back as a rule, or says what stands in the way. */
    public void understand() {
        notice.set("");
        if (parser == null) {
            parseMessage.set("Choose a deployment first: a rule is read against the inputs of the model it serves.");
            return;
        }
        ParsedStrategy reading = parser.parse(sentence.get());
        parsed.set(reading);
        readings.setAll(reading.readings());
        parseMessage.set(reading.message());
        forgetPending();
        if (reading.understood()) {
            pending.set(new Pending(reading.spec(), null));
        }
    }

    /** Prepares a saved strategy that is off for its back-test and switching on. */
    public void prepareToEnable(StrategyRow row) {
        if (row == null || row.enabled()) {
            return;
        }
        notice.set("");
        forgetPending();
        pending.set(new Pending(row.strategy().spec(), row.id()));
    }

    private void forgetPending() {
        pending.set(null);
        tested.set(false);
        backtest.set("");
    }

    /** Back-tests the pending rule on the chosen window; the seller column, if any, counts the sellers hit. */
    public void backtest() {
        Pending rule = pending.get();
        DeploymentFacts shown = facts;
        if (rule == null || shown == null) {
            return;
        }
        RecentPeriod window = backtestWindow.get();
        run(BackgroundTask.of(() -> {
            String entity = sellerColumn(predictions.recentPredictions(shown.deployment(), 1));
            return BacktestSummary.of(strategies.backtest(shown.deployment(), rule.spec(), window.duration(), entity),
                    rule.spec().action(), entity, window);
        }).onSuccess(summary -> {
            if (rule.equals(pending.get())) {
                backtest.set(summary);
                tested.set(true);
            }
        }), "back-testing the rule");
    }

    private static String sellerColumn(List<LoggedPrediction> recent) {
        return recent.isEmpty() ? null : SellerColumn.find(recent.get(0).inputs().keySet()).orElse(null);
    }

    /** Saves and enables a new back-tested rule, or enables a saved one; then the list reloads. */
    public void enable() {
        Pending rule = pending.get();
        DeploymentFacts shown = facts;
        if (rule == null || shown == null || !tested.get()) {
            return;
        }
        run(BackgroundTask.of(() -> {
            String id = rule.isNew() ? strategies.saveStrategy(shown.deployment(), rule.spec()).id() : rule.savedId();
            return strategies.enableStrategy(id, true);
        }).onSuccess(enabled -> {
            notice.set("Enabled: " + enabled.spec().name() + ". It decides live predictions from now on.");
            if (rule.isNew()) {
                sentence.set("");
                parsed.set(null);
                readings.clear();
            }
            forgetPending();
            reload();
        }), "enabling the rule");
    }

    public void disable(StrategyRow row) {
        if (row != null && row.enabled()) {
            run(BackgroundTask.of(() -> strategies.enableStrategy(row.id(), false)).onSuccess(off -> {
                notice.set("Switched off: " + off.spec().name() + ".");
                reload();
            }), "switching the rule off");
        }
    }

    public void delete(StrategyRow row) {
        if (row != null) {
            run(BackgroundTask.run(() -> strategies.deleteStrategy(row.id())).onSuccess(done -> {
                if (pending.get() != null && row.id().equals(pending.get().savedId())) {
                    forgetPending();
                }
                reload();
            }), "deleting the rule");
        }
    }

    private void run(BackgroundTask<?> task, String what) {
        error.set("");
        working.set(true);
        tasks.execute(task.onFailure(failure -> error.set(FailureMessages.plain(failure, what)))
                .onFinished(() -> working.set(false)));
    }
}
