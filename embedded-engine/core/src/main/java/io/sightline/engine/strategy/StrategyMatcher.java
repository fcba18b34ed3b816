package io.sightline.engine.strategy;

import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.ModelSchema;
import io.sightline.engine.api.Names;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.StrategyCondition;
import io.sightline.engine.api.StrategySpec;
import io.sightline.engine.api.Task;
import io.sightline.engine.data.Numbers;
import java.util.List;
import java.util.Map;

/**
 * A strategy ready to decide: its conditions read once (numbers parsed), then tested on a prediction's inputs
 * and score. A condition compares numerically when both sides are numbers, else as text (equal or not equal,
 * ignoring surrounding spaces); a condition on an input the row does not have, or on the score of a prediction
 * without one, does not hold.
 */
public final class StrategyMatcher {
    /** The field name that means the model's score rather than an input column. */
    public static final String SCORE = "score";

    private final String name;
    private final Decision action;
    private final Condition[] conditions;

    private StrategyMatcher(String name, Decision action, Condition[] conditions) {
        this.name = name;
        this.action = action;
        this.conditions = conditions;
    }

    /** One condition with its value read as a number once ({@code number} is NaN when it is text). */
    private record Condition(String field, boolean onScore, Comparison comparison, String text, double number) {
    }

    /** Checks {@code spec} against the model it will decide for, then compiles it; INVALID_INPUT in plain words. */
    public static StrategyMatcher compile(StrategySpec spec, ModelSchema schema) {
        validate(spec, schema);
        return of(spec);
    }

    /** Compiles a spec that was checked when it was saved (the served model may have changed since). */
    static StrategyMatcher of(StrategySpec spec) {
        Condition[] conditions = spec.conditions().stream()
                .map(c -> new Condition(c.field().strip(), c.field().strip().equals(SCORE), c.comparison(),
                        c.value().strip(), Numbers.parse(c.value())))
                .toArray(Condition[]::new);
        return new StrategyMatcher(spec.name().strip(), spec.action(), conditions);
    }

    public String name() {
        return name;
    }

    public Decision action() {
        return action;
    }

    /** Whether every condition holds for a prediction with these inputs and this score (null: none). */
    public boolean matches(Map<String, String> inputs, Double score) {
        for (Condition condition : conditions) {
            if (!holds(condition, inputs, score)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(Condition condition, Map<String, String> inputs, Double score) {
        if (condition.onScore()) {
            return score != null && condition.comparison().test(score, condition.number());
        }
        String cell = inputs.get(condition.field());
        if (cell == null) {
            return false;
        }
        if (!Double.isNaN(condition.number())) {
            double actual = Numbers.parse(cell);
            if (!Double.isNaN(actual)) {
                return condition.comparison().test(actual, condition.number());
            }
        }
        return switch (condition.comparison()) {
            case EQUAL -> cell.strip().equals(condition.text());
            case NOT_EQUAL -> !cell.strip().equals(condition.text());
            default -> false;
        };
    }

    private static void validate(StrategySpec spec, ModelSchema schema) {
        if (spec == null) {
            throw PlatformException.invalid("Give the strategy to save: a name, conditions and an action.");
        }
        Names.requireName("strategy", spec.name());
        if (spec.action() == null) {
            throw PlatformException.invalid("Say what the strategy '" + spec.name().strip()
                    + "' does when it matches: allow, review or block.");
        }
        if (spec.conditions().isEmpty()) {
            throw PlatformException.invalid("The strategy '" + spec.name().strip() + "' needs at least one condition,"
                    + " such as score > 0.8.");
        }
        for (StrategyCondition condition : spec.conditions()) {
            validate(condition, schema);
        }
    }

    private static void validate(StrategyCondition condition, ModelSchema schema) {
        if (condition.field() == null || condition.field().isBlank() || condition.comparison() == null
                || condition.value() == null || condition.value().isBlank()) {
            throw PlatformException.invalid("Every condition needs a field (score or an input column), a comparison"
                    + " and a value, such as score > 0.8.");
        }
        String field = condition.field().strip();
        boolean number = !Double.isNaN(Numbers.parse(condition.value()));
        if (field.equals(SCORE)) {
            if (schema.task() == Task.MULTICLASS) {
                throw PlatformException.invalid("This model predicts one of several categories and gives no score;"
                        + " write the condition on its input columns instead.");
            }
            if (!number) {
                throw PlatformException.invalid("The score is a number: compare it with a number such as 0.8, not '"
                        + condition.value().strip() + "'.");
            }
            return;
        }
        List<String> columns = schema.inputs().stream().map(FieldSpec::name).toList();
        if (!columns.contains(field)) {
            throw PlatformException.invalid("The model has no input column '" + field + "'. A condition can use"
                    + " score or one of: " + String.join(", ", columns) + ".");
        }
        if (!number && condition.comparison() != Comparison.EQUAL && condition.comparison() != Comparison.NOT_EQUAL) {
            throw PlatformException.invalid("'" + field + " " + condition.comparison().symbol() + " "
                    + condition.value().strip() + "' compares with text, which can only be equal (=) or not equal"
                    + " (!=); use a number to compare with " + condition.comparison().symbol() + ".");
        }
    }
}
