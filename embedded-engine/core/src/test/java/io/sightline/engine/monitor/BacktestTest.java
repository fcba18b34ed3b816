package io.sightline.engine.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.BacktestResult;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.ModelSchema;
import io.sightline.engine.api.Outcome;
import io.sightline.engine.api.StrategyCondition;
import io.sightline.engine.api.StrategySpec;
import io.sightline.engine.api.Task;
import io.sightline.engine.strategy.StrategyMatcher;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "amount > 1000 and score >= 0.5 → block" replayed on a hand-checked log (positive label "bad"):
 * <pre>
 *  amount score seller actual       → matched?  case
 *  1500   0.8   A      bad   100      yes       positive caught (100)
 *  2000   0.6   B      good           yes       negative hit, seller B
 *  3000   0.9   B      good           yes       negative hit, seller B again
 *  5000   0.7   C      -              yes       no outcome
 *   500   0.9   D      bad            no        amount too low
 *  n/a    0.9   E      good           no        amount is not a number
 *  1200   0.3   F      bad            no        score too low
 * </pre>
 */
class BacktestTest extends WithLoggedPredictions {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final ModelSchema SCHEMA = new ModelSchema(
            List.of(new FieldSpec("amount", ColumnType.NUMERIC, null, 0.0, 9000.0, "100")), "class", Task.BINARY,
            List.of("bad", "good"));
    private static final StrategySpec RULE = new StrategySpec("Block big risky orders", null, List.of(
            new StrategyCondition("amount", Comparison.GREATER, "1000"),
            new StrategyCondition("score", Comparison.GREATER_OR_EQUAL, "0.5")), Decision.BLOCK);

    private void predict(String amount, double score, String seller, String actual, double value) {
        String id = logged.log(NOW.minusSeconds(30), Map.of("amount", amount, "seller", seller), "good", score,
                Decision.ALLOW);
        if (actual != null) {
            logged.report(new Outcome(id, actual, value));
        }
    }

    private BacktestResult replay(String entityColumn) {
        predict("1500", 0.8, "A", "bad", 100);
        predict("2000", 0.6, "B", "good", 7);
        predict("3000", 0.9, "B", "good", 8);
        predict("5000", 0.7, "C", null, 0);
        predict("500", 0.9, "D", "bad", 40);
        predict("n/a", 0.9, "E", "good", 0);
        predict("1200", 0.3, "F", "bad", 60);
        logged.flush();
        return new Backtest(logged.database, () -> NOW).run(LoggedPredictions.DEPLOYMENT,
                StrategyMatcher.compile(RULE, SCHEMA), Duration.ofMinutes(5), "bad", entityColumn);
    }

    @Test
    void replaysTheLoggedPredictionsThroughTheStrategy() {
        BacktestResult result = replay("seller");
        assertThat(result.evaluated()).isEqualTo(7);
        assertThat(result.matched()).isEqualTo(4);
        assertThat(result.labelled()).isEqualTo(3);
        assertThat(result.positivesCaught()).isEqualTo(1);
        assertThat(result.valueCaught()).isEqualTo(100);
        assertThat(result.negativesHit()).isEqualTo(2);
        assertThat(result.entitiesHit()).isEqualTo(1);
        assertThat(result.to()).isEqualTo(NOW);
    }

    @Test
    void withoutAnEntityColumnNoEntitiesAreCounted() {
        assertThat(replay(null).entitiesHit()).isZero();
    }

    @Test
    void anEntityColumnThePredictionsNeverHadIsAPlainError() {
        assertThatThrownBy(() -> replay("shop")).hasMessageContaining("no column 'shop'");
    }
}
