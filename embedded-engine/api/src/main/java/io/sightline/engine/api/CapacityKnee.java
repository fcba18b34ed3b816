package io.sightline.engine.api;

/**
 * Where a load test's objective broke: the last step that kept it ({@code sustained}, null when even the first
 * step broke it) and the first that did not ({@code broken}, null when every step kept it, so the knee is above
 * the rates tried).
 */
public record CapacityKnee(CapacityPoint sustained, CapacityPoint broken) {

    /** The knee of measured steps, in the order offered: the first step that breaks the objective ends the search. */
    public static CapacityKnee of(CapacityPlan plan, java.util.List<CapacityPoint> points) {
        CapacityPoint sustained = null;
        for (CapacityPoint point : points) {
            if (!point.meets(plan)) {
                return new CapacityKnee(sustained, point);
            }
            sustained = point;
        }
        return new CapacityKnee(sustained, null);
    }

    /** Whether the objective broke within the rates tried. */
    public boolean found() {
        return broken != null;
    }
}
