package io.sightline.engine.api;

/** A comparison used by alert rules and strategy conditions. */
public enum Comparison {
    GREATER(">"),
    GREATER_OR_EQUAL(">="),
    LESS("<"),
    LESS_OR_EQUAL("<="),
    EQUAL("="),
    NOT_EQUAL("!=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether {@code value} compares to {@code threshold} this way; false when either is NaN. */
    public boolean test(double value, double threshold) {
        if (Double.isNaN(value) || Double.isNaN(threshold)) {
            return false;
        }
        return switch (this) {
            case GREATER -> value > threshold;
            case GREATER_OR_EQUAL -> value >= threshold;
            case LESS -> value < threshold;
            case LESS_OR_EQUAL -> value <= threshold;
            case EQUAL -> value == threshold;
            case NOT_EQUAL -> value != threshold;
        };
    }
}
