package io.sightline.engine.data;

/** Reading numbers from CSV text. */
public final class Numbers {
    private Numbers() {
    }

    /** The number in {@code text}, or NaN when it is null, blank or not a number. */
    public static double parse(String text) {
        if (text == null) {
            return Double.NaN;
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(trimmed);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
