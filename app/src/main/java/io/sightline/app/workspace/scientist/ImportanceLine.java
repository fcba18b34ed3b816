package io.sightline.app.workspace.scientist;

/**
 * A column's importance: {@code share} is the platform's normalised importance, {@code barLength} the same
 * relative to the most important column (so the longest bar fills the space), {@code text} the share written.
 */
public record ImportanceLine(String column, double share, double barLength, String text) {
}
