package io.sightline.engine.api;

/**
 * The true outcome of an earlier prediction, known later (a chargeback, a confirmed fraud, a repaid loan):
 * the prediction's id, the actual label, and the money at stake ({@code 0} when there is none).
 */
public record Outcome(String predictionId, String actualLabel, double value) {
}
