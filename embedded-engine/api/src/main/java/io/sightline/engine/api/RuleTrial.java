package io.sightline.engine.api;

/**
 * What an alert rule would do if it were evaluated now, found without saving it or raising an alert: the value
 * its metric has over its window ({@code null} when there is not enough data to know it), the threshold, whether
 * it would fire, and the same in a plain sentence.
 */
public record RuleTrial(
        Double value,
        double threshold,
        boolean enoughData,
        boolean wouldFire,
        String message) {
}
