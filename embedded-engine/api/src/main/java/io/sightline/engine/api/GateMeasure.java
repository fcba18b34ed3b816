package io.sightline.engine.api;

/** A value a gate judged: what was measured, the threshold it was held to, how they compare, and the verdict. */
public record GateMeasure(String name, double value, double threshold, Comparison comparison, boolean passed) {

    /** Judges {@code value} against {@code threshold}: passed when it compares that way. */
    public static GateMeasure judge(String name, double value, Comparison comparison, double threshold) {
        return new GateMeasure(name, value, threshold, comparison, comparison.test(value, threshold));
    }
}
