package io.sightline.engine.api;

/** One check of an imported model: what was checked, whether it passed, what was found against what was expected. */
public record ImportCheck(String name, boolean passed, String value, String expected, String message) {

    public static ImportCheck of(String name, boolean passed, String value, String expected, String message) {
        return new ImportCheck(name, passed, value, expected, message);
    }
}
