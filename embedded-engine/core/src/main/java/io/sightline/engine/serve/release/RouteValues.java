package io.sightline.engine.serve.release;

import io.sightline.engine.api.RouteRule;

/**
 * How a contextual route compares an input's value with its own: as numbers when both read as numbers, else as
 * text, where only "=" and "!=" mean anything (a text is neither greater nor less than another here). A missing
 * input matches no route.
 */
final class RouteValues {
    private RouteValues() {
    }

    /** Whether {@code cell} matches the rule; {@code ruleNumber} is the rule's value read once by {@link #number}. */
    static boolean matches(RouteRule rule, Double ruleNumber, String cell) {
        if (cell == null) {
            return false;
        }
        Double cellNumber = ruleNumber == null ? null : number(cell);
        if (cellNumber != null) {
            return rule.comparison().test(cellNumber, ruleNumber);
        }
        String text = cell.strip();
        String value = rule.value().strip();
        return switch (rule.comparison()) {
            case EQUAL -> text.equals(value);
            case NOT_EQUAL -> !text.equals(value);
            default -> false;
        };
    }

    /**
     * The text as a number, or null when it is not one. Texts that cannot start a number are refused before
     * parsing, so that routing on a text column does not pay for an exception per request.
     */
    static Double number(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        char first = s.charAt(0);
        if (!(Character.isDigit(first) || first == '-' || first == '+' || first == '.')) {
            return null;
        }
        try {
            double value = Double.parseDouble(s);
            return Double.isNaN(value) ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
