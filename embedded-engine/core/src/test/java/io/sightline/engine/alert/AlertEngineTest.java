package io.sightline.engine.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertMetric;
import io.sightline.engine.api.AlertRule;
import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.AlertSeverity;
import io.sightline.engine.api.AlertState;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RuleTrial;
import io.sightline.engine.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertEngineTest {
    /** The name of a rule whose metric source refuses to read it. */
    private static final String UNREADABLE = "unreadable";

    @TempDir
    Path directory;

    /** Metric values by rule name, set by each test; absent means "not known yet". */
    private final Map<String, Double> values = new HashMap<>();
    private final List<PlatformEvent> published = new ArrayList<>();
    private final List<Alert> notified = new ArrayList<>();
    private final List<String> retrained = new ArrayList<>();
    private Database database;
    private AlertEngine engine;

    @BeforeEach
    void open() {
        database = Database.h2File(directory);
        MetricSource metrics = rule -> {
            if (rule.name().equals(UNREADABLE)) {
                throw PlatformException.invalid("The deployment has no training data to compare with.");
            }
            return values.containsKey(rule.name()) ? OptionalDouble.of(values.get(rule.name())) : OptionalDouble.empty();
        };
        engine = new AlertEngine(database, metrics, published::add, notified::add, rule -> {
            retrained.add(rule.deployment());
            return "job-" + retrained.size();
        }, Duration.ZERO);
    }

    @AfterEach
    void close() {
        engine.close();
        database.close();
    }

    static AlertRuleSpec rule(String name, AlertMetric metric, Comparison comparison, double threshold, boolean retrain) {
        return new AlertRuleSpec(name, "seller-risk", metric, metric == AlertMetric.FEATURE_DRIFT ? "amount" : null,
                comparison, threshold, Duration.ofMinutes(5), AlertSeverity.CRITICAL, retrain, true);
    }

    @Test
    void aBreachedRuleFiresOnceAndResolvesItselfWhenTheMetricRecovers() {
        engine.save(rule("amount drift", AlertMetric.FEATURE_DRIFT, Comparison.GREATER_OR_EQUAL, 0.1, false));

        values.put("amount drift", 0.04);
        assertThat(engine.evaluateNow()).isEmpty();

        values.put("amount drift", 0.42);
        List<Alert> fired = engine.evaluateNow();
        assertThat(fired).singleElement().satisfies(alert -> {
            assertThat(alert.state()).isEqualTo(AlertState.FIRING);
            assertThat(alert.value()).isEqualTo(0.42);
            assertThat(alert.message()).isEqualTo(
                    "Drift of amount on seller-risk is 0.420, >= 0.100 over the last 5 minutes.");
        });
        assertThat(engine.evaluateNow()).as("still breached: no second alert").isEmpty();
        assertThat(engine.alerts(false)).hasSize(1);

        values.put("amount drift", 0.02);
        assertThat(engine.evaluateNow()).singleElement().satisfies(alert -> {
            assertThat(alert.state()).isEqualTo(AlertState.RESOLVED);
            assertThat(alert.resolvedBy()).isEqualTo(AlertEngine.SYSTEM);
        });
        assertThat(engine.alerts(false)).isEmpty();
        assertThat(engine.alerts(true)).extracting(Alert::state).containsExactly(AlertState.RESOLVED);
        assertThat(published).extracting(e -> ((PlatformEvent.AlertChanged) e).alert().state())
                .containsExactly(AlertState.FIRING, AlertState.RESOLVED);
        assertThat(notified).hasSize(2);
    }

    @Test
    void aTriedRuleIsEvaluatedAsASavedOneWithoutSavingOrFiring() {
        AlertRuleSpec errors = rule("errors", AlertMetric.ERROR_RATE, Comparison.GREATER, 0.02, false);
        values.put("errors", 0.004);

        RuleTrial quiet = engine.trial(errors);
        assertThat(quiet.value()).isEqualTo(0.004);
        assertThat(quiet.threshold()).isEqualTo(0.02);
        assertThat(quiet.enoughData()).isTrue();
        assertThat(quiet.wouldFire()).isFalse();
        assertThat(quiet.message()).isEqualTo(
                "Error rate on seller-risk over the last 5 minutes is 0.4% — below 2.0%: the rule would not fire now.");

        values.put("errors", 0.25);
        RuleTrial breached = engine.trial(errors);
        assertThat(breached.wouldFire()).isTrue();
        assertThat(breached.message()).isEqualTo(
                "Error rate on seller-risk over the last 5 minutes is 25.0% — above 2.0%: the rule would fire now.");

        assertThat(engine.rules()).isEmpty();
        assertThat(engine.alerts(true)).isEmpty();
        assertThat(published).isEmpty();
        assertThat(notified).isEmpty();
    }

    @Test
    void aTriedRuleWithoutDataOrNameSaysWhyItCannotBeMeasured() {
        RuleTrial noOutcomes = engine.trial(rule("", AlertMetric.RECALL, Comparison.LESS, 0.6, false));
        assertThat(noOutcomes.enoughData()).isFalse();
        assertThat(noOutcomes.value()).isNull();
        assertThat(noOutcomes.wouldFire()).isFalse();
        assertThat(noOutcomes.message()).isEqualTo("Recall on seller-risk over the last 5 minutes cannot be measured"
                + " now: fewer than 10 actual positives have outcomes. The rule would not fire now.");

        RuleTrial refused = engine.trial(rule(UNREADABLE, AlertMetric.DATASET_DRIFT_SHARE, Comparison.GREATER, 0.3,
                false));
        assertThat(refused.enoughData()).isFalse();
        assertThat(refused.message()).isEqualTo("Share of drifting columns on seller-risk over the last 5 minutes"
                + " cannot be measured now: The deployment has no training data to compare with. The rule would"
                + " not fire now.");

        assertThatThrownBy(() -> engine.trial(new AlertRuleSpec("", "seller-risk", AlertMetric.FEATURE_DRIFT, null,
                Comparison.GREATER, 0.1, Duration.ofMinutes(5), AlertSeverity.INFO, false, true)))
                .hasMessage("A feature drift rule needs the column it watches.");
    }

    @Test
    void anUnknownMetricValueChangesNothing() {
        engine.save(rule("recall", AlertMetric.RECALL, Comparison.LESS, 0.6, false));
        values.put("recall", 0.3);
        engine.evaluateNow();

        values.remove("recall");

        assertThat(engine.evaluateNow()).isEmpty();
        assertThat(engine.alerts(false)).extracting(Alert::state).containsExactly(AlertState.FIRING);
    }

    @Test
    void acknowledgeThenResolveKeepsWhoAndWhenAndRefusesMovesBack() {
        engine.save(rule("errors", AlertMetric.ERROR_RATE, Comparison.GREATER, 0.05, false));
        values.put("errors", 0.2);
        String id = engine.evaluateNow().get(0).id();

        Alert acknowledged = engine.acknowledge(id, "dana");
        assertThat(acknowledged.state()).isEqualTo(AlertState.ACKNOWLEDGED);
        assertThat(acknowledged.acknowledgedBy()).isEqualTo("dana");
        assertThat(acknowledged.acknowledgedAt()).isNotNull();
        assertThatThrownBy(() -> engine.acknowledge(id, "sam"))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.getMessage()).contains("already acknowledged by dana");
                });

        Alert resolved = engine.resolve(id, "sam");
        assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(resolved.acknowledgedBy()).isEqualTo("dana");
        assertThat(resolved.resolvedBy()).isEqualTo("sam");
        assertThatThrownBy(() -> engine.resolve(id, "sam")).hasMessageContaining("already resolved by sam");
        assertThatThrownBy(() -> engine.acknowledge("alert_nope", "sam"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));

        values.put("errors", 0.3);
        assertThat(engine.evaluateNow()).as("a resolved alert leaves room for a new one")
                .singleElement().extracting(Alert::state).isEqualTo(AlertState.FIRING);
        assertThat(engine.alerts(true)).hasSize(2);
    }

    @Test
    void aRuleWithRetrainingStartsAChallengerAndKeepsTheJob() {
        engine.save(rule("recall drop", AlertMetric.RECALL, Comparison.LESS, 0.6, true));
        values.put("recall drop", 0.41);

        Alert fired = engine.evaluateNow().get(0);

        assertThat(retrained).containsExactly("seller-risk");
        assertThat(fired.retrainJobId()).isEqualTo("job-1");
        assertThat(engine.alerts(false).get(0).retrainJobId()).isEqualTo("job-1");
    }

    @Test
    void savingUnderAnExistingNameReplacesTheRule() {
        AlertRule first = engine.save(rule("latency", AlertMetric.LATENCY_P99_MS, Comparison.GREATER, 50, false));
        AlertRule second = engine.save(rule("latency", AlertMetric.LATENCY_P99_MS, Comparison.GREATER, 20, false));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(engine.rules()).singleElement().satisfies(r -> assertThat(r.spec().threshold()).isEqualTo(20));
    }

    @Test
    void deletingARuleResolvesItsOpenAlert() {
        AlertRule saved = engine.save(rule("volume", AlertMetric.THROUGHPUT, Comparison.LESS, 1, false));
        values.put("volume", 0.0);
        engine.evaluateNow();

        engine.delete(saved.id(), "rule deleted");

        assertThat(engine.rules()).isEmpty();
        assertThat(engine.alerts(true)).singleElement().satisfies(alert -> {
            assertThat(alert.state()).isEqualTo(AlertState.RESOLVED);
            assertThat(alert.resolvedBy()).isEqualTo("rule deleted");
        });
    }

    @Test
    void disabledRulesAreNotEvaluated() {
        AlertRuleSpec spec = rule("quiet", AlertMetric.ERROR_RATE, Comparison.GREATER, 0.01, false);
        engine.save(new AlertRuleSpec(spec.name(), spec.deployment(), spec.metric(), spec.column(), spec.comparison(),
                spec.threshold(), spec.window(), spec.severity(), false, false));
        values.put("quiet", 0.9);

        assertThat(engine.evaluateNow()).isEmpty();
    }

    @Test
    void incompleteRulesAreRefusedInPlainWords() {
        assertThatThrownBy(() -> engine.save(new AlertRuleSpec("drift", "seller-risk", AlertMetric.FEATURE_DRIFT, null,
                Comparison.GREATER, 0.1, Duration.ofMinutes(5), AlertSeverity.WARNING, false, true)))
                .hasMessage("A feature drift rule needs the column it watches.");
        assertThatThrownBy(() -> engine.save(new AlertRuleSpec("fast", "seller-risk", AlertMetric.ERROR_RATE, null,
                Comparison.GREATER, 0.1, Duration.ofSeconds(1), AlertSeverity.WARNING, false, true)))
                .hasMessage("The window must be between 10 seconds and 30 days.");
        assertThatThrownBy(() -> engine.save(new AlertRuleSpec(" ", "seller-risk", AlertMetric.ERROR_RATE, null,
                Comparison.GREATER, 0.1, Duration.ofMinutes(1), AlertSeverity.WARNING, false, true)))
                .hasMessage("Give the alert rule a name.");
        assertThat(engine.rules()).isEmpty();
    }
}
