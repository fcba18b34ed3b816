package io.sightline.engine.alert;

import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertRule;
import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RuleTrial;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Ids;
import io.sightline.engine.store.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps alert rules, evaluates the enabled ones every {@code interval}, fires an alert when a rule's condition
 * holds and none of its alerts is open, and resolves the open one when the metric is back on the right side of
 * the threshold. Every change is published as an event and handed to the notifier; a rule with retraining
 * starts a challenger when it fires.
 */
public final class AlertEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertEngine.class);
    static final String SYSTEM = "Sightline (metric back to normal)";
    private static final int MAX_ALERTS = 1_000;

    /** Starts a challenger for a rule that fired; returns the training job's id. */
    @FunctionalInterface
    public interface Retrainer {
        String retrain(AlertRuleSpec rule);
    }

    private final Database database;
    private final MetricSource metrics;
    private final Consumer<PlatformEvent> events;
    private final Notifier notifier;
    private final Retrainer retrainer;
    private final AlertStore store = new AlertStore();
    private final ScheduledExecutorService scheduler;

    public AlertEngine(Database database, MetricSource metrics, Consumer<PlatformEvent> events, Notifier notifier,
                       Retrainer retrainer, Duration interval) {
        this.database = database;
        this.metrics = metrics;
        this.events = events;
        this.notifier = notifier;
        this.retrainer = retrainer;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("sightline-alerts").factory());
        if (!interval.isZero()) {
            long millis = interval.toMillis();
            scheduler.scheduleWithFixedDelay(this::evaluateQuietly, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    // ---- rules

    public List<AlertRule> rules() {
        return database.read(store::rules);
    }

    public AlertRule save(AlertRuleSpec spec) {
        AlertRuleCheck.check(spec);
        Instant now = Timestamps.now();
        return database.inTransaction(c -> {
            Optional<AlertRule> existing = store.ruleNamed(c, spec.name());
            if (existing.isPresent()) {
                AlertRule replaced = new AlertRule(existing.get().id(), spec, existing.get().createdAt(), now);
                store.updateRule(c, replaced);
                return replaced;
            }
            AlertRule created = new AlertRule(Ids.newId("rule"), spec, now, now);
            store.insertRule(c, created);
            return created;
        });
    }

    /** Deletes a rule; its open alert, if any, is resolved first so nothing stays firing without a rule. */
    public void delete(String ruleId, String by) {
        AlertRule rule = database.read(c -> store.rule(c, ruleId))
                .orElseThrow(() -> PlatformException.notFound("alert rule", ruleId));
        database.read(c -> store.openAlert(c, rule.id())).ifPresent(open -> resolve(open.id(), by));
        database.inTransaction(c -> store.deleteRule(c, ruleId));
    }

    // ---- alerts

    public List<Alert> alerts(boolean includeResolved) {
        return database.read(c -> store.alerts(c, includeResolved, MAX_ALERTS));
    }

    public Alert acknowledge(String alertId, String by) {
        return change(alertId, alert -> AlertTransitions.acknowledge(alert, by, Timestamps.now()));
    }

    public Alert resolve(String alertId, String by) {
        return change(alertId, alert -> AlertTransitions.resolve(alert, by, Timestamps.now()));
    }

    private Alert change(String alertId, java.util.function.UnaryOperator<Alert> transition) {
        Alert changed = database.inTransaction(c -> {
            Alert alert = store.alert(c, alertId).orElseThrow(() -> PlatformException.notFound("alert", alertId));
            Alert next = transition.apply(alert);
            store.updateAlert(c, next);
            return next;
        });
        announce(changed);
        return changed;
    }

    // ---- evaluation

    /** Evaluates every enabled rule once; returns the alerts that fired or resolved. */
    public synchronized List<Alert> evaluateNow() {
        List<Alert> changed = new ArrayList<>();
        for (AlertRule rule : rules()) {
            if (rule.spec().enabled()) {
                evaluate(rule).ifPresent(changed::add);
            }
        }
        return changed;
    }

    /**
     * Evaluates a rule now as a saved one is evaluated, without saving it, firing an alert or notifying anyone.
     * The rule must be complete but for its name.
     */
    public RuleTrial trial(AlertRuleSpec spec) {
        AlertRuleCheck.checkCondition(spec);
        Reading reading = read(spec);
        return new RuleTrial(reading.known() ? reading.value().getAsDouble() : null, spec.threshold(),
                reading.known(), reading.breached(), AlertMessages.trial(spec, reading));
    }

    private Optional<Alert> evaluate(AlertRule rule) {
        Reading reading = read(rule.spec());
        if (!reading.known()) {
            return Optional.empty();
        }
        Optional<Alert> open = database.read(c -> store.openAlert(c, rule.id()));
        if (reading.breached() && open.isEmpty()) {
            return fire(rule, reading.value().getAsDouble());
        }
        if (!reading.breached() && open.isPresent()) {
            return Optional.of(resolve(open.get().id(), SYSTEM));
        }
        return Optional.empty();
    }

    /**
     * What a rule's metric reads now and whether the rule's condition holds: the one evaluation of a rule, saved
     * or tried. A metric that cannot be read (a report refused) counts as unknown, with the reason.
     */
    private Reading read(AlertRuleSpec rule) {
        OptionalDouble value;
        try {
            value = metrics.read(rule);
        } catch (PlatformException e) {
            LOG.debug("Alert rule {} cannot be read: {}", rule.name(), e.getMessage());
            return new Reading(OptionalDouble.empty(), false, e.getMessage());
        }
        boolean breached = value.isPresent() && rule.comparison().test(value.getAsDouble(), rule.threshold());
        return new Reading(value, breached, "");
    }

    /** A rule's metric as read now: its value unless unknown, whether it breaches, and why it could not be read. */
    record Reading(OptionalDouble value, boolean breached, String unreadable) {
        boolean known() {
            return value.isPresent();
        }
    }

    /**
     * Fires unless another engine node sharing the database fired first: the rule's row is locked while its
     * open alert is looked for and the new one inserted.
     */
    private Optional<Alert> fire(AlertRule rule, double value) {
        Alert alert = AlertTransitions.fire(Ids.newId("alert"), rule, value, AlertMessages.fired(rule.spec(), value),
                Timestamps.now());
        boolean inserted = database.inTransaction(c -> {
            if (!store.lockRule(c, rule.id()) || store.openAlert(c, rule.id()).isPresent()) {
                return false;
            }
            store.insertAlert(c, alert);
            return true;
        });
        if (!inserted) {
            return Optional.empty();
        }
        Alert fired = rule.spec().retrain() ? startRetraining(rule, alert) : alert;
        announce(fired);
        return Optional.of(fired);
    }

    private Alert startRetraining(AlertRule rule, Alert alert) {
        try {
            Alert withJob = AlertTransitions.withRetrainJob(alert, retrainer.retrain(rule.spec()));
            database.inTransaction(c -> {
                store.updateAlert(c, withJob);
                return null;
            });
            return withJob;
        } catch (PlatformException e) {
            LOG.warn("Alert {} could not start retraining: {}", rule.spec().name(), e.getMessage());
            return alert;
        }
    }

    private void announce(Alert alert) {
        events.accept(new PlatformEvent.AlertChanged(0, Timestamps.now(), alert));
        notifier.alertChanged(alert);
    }

    private void evaluateQuietly() {
        try {
            evaluateNow();
        } catch (RuntimeException e) {
            LOG.warn("Alert evaluation failed: {}", e.getMessage(), e);
        }
    }

    /**
     * Stops the evaluations, letting one under way finish: it is not interrupted, because the embedded database
     * closes its files under a thread interrupted in the middle of a write, and the whole engine with them.
     */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
