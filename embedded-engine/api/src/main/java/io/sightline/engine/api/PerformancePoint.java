package io.sightline.engine.api;

import java.time.Instant;

/** Labelled performance in one time bucket (by prediction time); metrics are null without enough labels. */
public record PerformancePoint(Instant start, long labelled, Double precision, Double recall, double valueCaught,
                               double valueMissed) {
}
