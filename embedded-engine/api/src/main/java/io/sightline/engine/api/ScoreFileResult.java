package io.sightline.engine.api;

/** The outcome of scoring a CSV file into a new one with score and label columns. */
public record ScoreFileResult(String deployment, ModelRef model, long rows, String output, long millis) {
}
