package io.sightline.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.ModelSchema;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.StrategyCondition;
import io.sightline.engine.api.StrategySpec;
import io.sightline.engine.api.Task;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyMatcherTest {
    static final ModelSchema SCHEMA = new ModelSchema(List.of(
            new FieldSpec("amount", ColumnType.NUMERIC, null, 0.0, 9000.0, "100"),
            new FieldSpec("country", ColumnType.CATEGORICAL, List.of("DE", "FR"), null, null, "DE"),
            new FieldSpec("code", ColumnType.CATEGORICAL, List.of("7", "A1"), null, null, "7")),
            "class", Task.BINARY, List.of("bad", "good"));

    static StrategySpec spec(Decision action, StrategyCondition... conditions) {
        return new StrategySpec("rule", null, List.of(conditions), action);
    }

    static StrategyCondition when(String field, Comparison comparison, String value) {
        return new StrategyCondition(field, comparison, value);
    }

    private static boolean matches(StrategyCondition condition, Map<String, String> inputs, Double score) {
        return StrategyMatcher.compile(spec(Decision.REVIEW, condition), SCHEMA).matches(inputs, score);
    }

    @Test
    void numbersCompareAsNumbers() {
        assertThat(matches(when("amount", Comparison.GREATER, "1000"), Map.of("amount", "1000.5"), null)).isTrue();
        assertThat(matches(when("amount", Comparison.GREATER, "1000"), Map.of("amount", "999"), null)).isFalse();
        // as text "999" > "1000"; as numbers it is not
        assertThat(matches(when("amount", Comparison.LESS_OR_EQUAL, "1e3"), Map.of("amount", " 999 "), null)).isTrue();
        assertThat(matches(when("amount", Comparison.EQUAL, "10"), Map.of("amount", "10.0"), null)).isTrue();
        assertThat(matches(when("amount", Comparison.NOT_EQUAL, "10"), Map.of("amount", "10.0"), null)).isFalse();
    }

    @Test
    void theScoreComparesWithTheModelsScoreAndNeverHoldsWithoutOne() {
        StrategyCondition risky = when("score", Comparison.GREATER_OR_EQUAL, "0.8");
        assertThat(matches(risky, Map.of(), 0.8)).isTrue();
        assertThat(matches(risky, Map.of(), 0.79)).isFalse();
        assertThat(matches(risky, Map.of(), null)).isFalse();
    }

    @Test
    void textComparesEqualOrNotEqualIgnoringSurroundingSpaces() {
        assertThat(matches(when("country", Comparison.EQUAL, "DE"), Map.of("country", " DE"), null)).isTrue();
        assertThat(matches(when("country", Comparison.EQUAL, "DE"), Map.of("country", "de"), null)).isFalse();
        assertThat(matches(when("country", Comparison.NOT_EQUAL, "DE"), Map.of("country", "FR"), null)).isTrue();
        // a number in the rule but text in the row: compared as text
        assertThat(matches(when("code", Comparison.EQUAL, "7"), Map.of("code", "A1"), null)).isFalse();
        assertThat(matches(when("code", Comparison.NOT_EQUAL, "7"), Map.of("code", "A1"), null)).isTrue();
        assertThat(matches(when("code", Comparison.GREATER, "7"), Map.of("code", "A1"), null)).isFalse();
        // a row without the column does not match
        assertThat(matches(when("country", Comparison.NOT_EQUAL, "DE"), Map.of(), null)).isFalse();
    }

    @Test
    void everyConditionMustHold() {
        StrategyMatcher both = StrategyMatcher.compile(spec(Decision.BLOCK,
                when("amount", Comparison.GREATER, "1000"), when("score", Comparison.GREATER, "0.5")), SCHEMA);
        assertThat(both.matches(Map.of("amount", "2000"), 0.9)).isTrue();
        assertThat(both.matches(Map.of("amount", "2000"), 0.1)).isFalse();
        assertThat(both.matches(Map.of("amount", "20"), 0.9)).isFalse();
        assertThat(both.action()).isEqualTo(Decision.BLOCK);
        assertThat(both.name()).isEqualTo("rule");
    }

    @Test
    void aConditionOnAColumnTheModelDoesNotHaveIsRefusedNamingItsColumns() {
        assertThatThrownBy(() -> StrategyMatcher.compile(spec(Decision.BLOCK,
                when("seller_age", Comparison.LESS, "30")), SCHEMA))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
                .hasMessageContaining("no input column 'seller_age'")
                .hasMessageContaining("amount, country, code");
    }

    @Test
    void badSpecsAreRefusedInPlainWords() {
        assertThatThrownBy(() -> StrategyMatcher.compile(spec(Decision.BLOCK), SCHEMA))
                .hasMessageContaining("at least one condition");
        assertThatThrownBy(() -> StrategyMatcher.compile(spec(null, when("amount", Comparison.LESS, "3")), SCHEMA))
                .hasMessageContaining("allow, review or block");
        assertThatThrownBy(() -> StrategyMatcher.compile(new StrategySpec(" ", null,
                List.of(when("amount", Comparison.LESS, "3")), Decision.BLOCK), SCHEMA)).hasMessageContaining("name");
        assertThatThrownBy(() -> StrategyMatcher.compile(spec(Decision.BLOCK, when("score", Comparison.LESS, "high")),
                SCHEMA)).hasMessageContaining("score is a number");
        assertThatThrownBy(() -> StrategyMatcher.compile(spec(Decision.BLOCK, when("country", Comparison.GREATER, "DE")),
                SCHEMA)).hasMessageContaining("equal (=) or not equal (!=)");
        assertThatThrownBy(() -> StrategyMatcher.compile(spec(Decision.BLOCK, when("amount", null, "3")), SCHEMA))
                .hasMessageContaining("a comparison");
        ModelSchema categories = new ModelSchema(SCHEMA.inputs(), "class", Task.MULTICLASS, List.of("a", "b", "c"));
        assertThatThrownBy(() -> StrategyMatcher.compile(spec(Decision.BLOCK, when("score", Comparison.LESS, "0.3")),
                categories)).hasMessageContaining("gives no score");
    }
}
