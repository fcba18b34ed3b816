package io.sightline.app.workspace.analyst;

import io.sightline.engine.api.DataIssue;
import io.sightline.engine.api.Severity;

/** A problem with the data as the upload step lists it: how much it matters, and the words to show. */
public record Finding(Severity severity, String text) {
    static Finding of(DataIssue issue) {
        String column = issue.column();
        boolean named = column == null || column.isBlank() || issue.message().contains(column);
        return new Finding(issue.severity(), named ? issue.message() : column + ": " + issue.message());
    }

    public boolean blocks() {
        return severity == Severity.BLOCKER;
    }
}
