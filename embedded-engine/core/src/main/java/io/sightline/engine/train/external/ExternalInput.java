package io.sightline.engine.train.external;

/**
 * One input of an external model: its name, its element type as the format names it, whether that type is a
 * number, and how many values a row gives it (the width of a {@code [rows, width]} tensor).
 */
public record ExternalInput(String name, String type, boolean numeric, int width) {
}
