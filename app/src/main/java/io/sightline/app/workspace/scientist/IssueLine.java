package io.sightline.app.workspace.scientist;

import io.sightline.engine.api.DataIssue;
import io.sightline.engine.api.Severity;

/** A data issue as a sentence: how serious it is, and what it is about in plain words. */
public record IssueLine(Severity severity, String text) {

    static IssueLine of(DataIssue issue) {
        String about = issue.column() == null || issue.column().isBlank() ? "" : "Column '" + issue.column() + "': ";
        return new IssueLine(issue.severity(), severityWord(issue.severity()) + " — " + about + issue.message());
    }

    private static String severityWord(Severity severity) {
        return switch (severity) {
            case BLOCKER -> "Must fix";
            case WARNING -> "Warning";
            case NOTE -> "Note";
        };
    }
}
