package io.sightline.engine.api;

/** Something about the data a person should know before training, said in plain words. */
public record DataIssue(Severity severity, String column, String message) {
    public static DataIssue blocker(String column, String message) {
        return new DataIssue(Severity.BLOCKER, column, message);
    }

    public static DataIssue warning(String column, String message) {
        return new DataIssue(Severity.WARNING, column, message);
    }

    public static DataIssue note(String column, String message) {
        return new DataIssue(Severity.NOTE, column, message);
    }
}
