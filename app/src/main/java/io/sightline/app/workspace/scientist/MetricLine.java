package io.sightline.app.workspace.scientist;

/** A held-out metric of the model beside what guessing scored on the same rows. */
public record MetricLine(String name, String model, String baseline) {
}
