package io.sightline.engine.api;

/** A contextual route: requests whose input {@code column} compares to {@code value} this way go to {@code arm}. */
public record RouteRule(String column, Comparison comparison, String value, String arm) {
    public RouteRule {
        if (column == null || column.isBlank() || comparison == null || value == null || arm == null || arm.isBlank()) {
            throw PlatformException.invalid("A route names an input column, a comparison, a value and the arm it sends"
                    + " to, such as: country = DE → B.");
        }
    }
}
