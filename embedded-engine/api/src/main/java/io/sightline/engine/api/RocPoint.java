package io.sightline.engine.api;

/** A point of a ROC curve: false-positive rate, true-positive rate, and the score threshold that gives it. */
public record RocPoint(double falsePositiveRate, double truePositiveRate, double threshold) {
}
