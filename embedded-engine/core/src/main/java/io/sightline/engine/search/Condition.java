package io.sightline.engine.search;

import java.util.List;
import java.util.Locale;

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
            case LIKE -> like((String) value, text, false);
            case ILIKE -> like((String) value, text, true);
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

    /**
     * SQL's LIKE: {@code %} matches any run of characters, {@code _} any one. Matched by walking both texts
     * (remembering the last {@code %} to fall back to), so no pattern can make it take more than
     * pattern length × text length steps.
     */
    static boolean like(String pattern, String text, boolean ignoreCase) {
        String p = ignoreCase ? pattern.toLowerCase(Locale.ROOT) : pattern;
        String t = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        int pi = 0;
        int ti = 0;
        int star = -1;
        int starText = 0;
        while (ti < t.length()) {
            if (pi < p.length() && (p.charAt(pi) == '_' || p.charAt(pi) == t.charAt(ti))) {
                pi++;
                ti++;
            } else if (pi < p.length() && p.charAt(pi) == '%') {
                star = pi++;
                starText = ti;
            } else if (star >= 0) {
                pi = star + 1;
                ti = ++starText;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '%') {
            pi++;
        }
        return pi == p.length();
    }

    @Override
    public String toString() {
        return field + " " + comparison.symbol() + " " + (value instanceof String s ? "'" + s + "'" : value);
    }
}
