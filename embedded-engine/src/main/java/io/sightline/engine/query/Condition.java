package io.sightline.engine.query;

import java.util.List;
import java.util.regex.Pattern;

/** One clause of a filter: a field, a comparison and the value (a number, a text or a list of texts). */
public record Condition(SearchField field, Comparison comparison, Object value) {

    /** The comparisons MLflow's search grammar has. */
    public enum Comparison {
        EQUALS("="),
        NOT_EQUALS("!="),
        GREATER(">"),
        GREATER_OR_EQUAL(">="),
        LESS("<"),
        LESS_OR_EQUAL("<="),
        LIKE("LIKE"),
        ILIKE("ILIKE"),
        IN("IN"),
        NOT_IN("NOT IN");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean ordersNumbers() {
            return this != LIKE && this != ILIKE && this != IN && this != NOT_IN;
        }
    }

    public Condition {
        value = value instanceof List<?> list ? List.copyOf(list) : value;
    }

    /** Whether {@code actual} (as a {@link FieldReader} gives it) satisfies this clause; absent never does. */
    public boolean test(Object actual) {
        if (actual == null) {
            return false;
        }
        if (value instanceof Double expected) {
            return actual instanceof Number number && compareNumbers(number.doubleValue(), expected);
        }
        String text = actual.toString();
        return switch (comparison) {
            case EQUALS -> text.equals(value);
            case NOT_EQUALS -> !text.equals(value);
            case LIKE -> like((String) value, false).matcher(text).matches();
            case ILIKE -> like((String) value, true).matcher(text).matches();
            case IN -> ((List<?>) value).contains(text);
            case NOT_IN -> !((List<?>) value).contains(text);
            default -> compareTexts(text.compareTo((String) value));
        };
    }

    private boolean compareNumbers(double actual, double expected) {
        return switch (comparison) {
            case EQUALS -> actual == expected;
            case NOT_EQUALS -> actual != expected;
            case GREATER -> actual > expected;
            case GREATER_OR_EQUAL -> actual >= expected;
            case LESS -> actual < expected;
            case LESS_OR_EQUAL -> actual <= expected;
            default -> false;
        };
    }

    private boolean compareTexts(int order) {
        return switch (comparison) {
            case GREATER -> order > 0;
            case GREATER_OR_EQUAL -> order >= 0;
            case LESS -> order < 0;
            case LESS_OR_EQUAL -> order <= 0;
            default -> false;
        };
    }

    /** SQL's LIKE pattern ({@code %} any run, {@code _} one character) as a regular expression. */
    static Pattern like(String pattern, boolean ignoreCase) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '%' || c == '_') {
                regex.append(Pattern.quote(literal.toString())).append(c == '%' ? ".*" : ".");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL
                : Pattern.DOTALL);
    }

    @Override
    public String toString() {
        return field + " " + comparison.symbol() + " " + (value instanceof String s ? "'" + s + "'" : value);
    }
}
