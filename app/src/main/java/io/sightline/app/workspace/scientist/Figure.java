package io.sightline.app.workspace.scientist;

/** A named figure, already written for the screen: "auc" and "0.912", or "cross-validating" and "4.2 s". */
public record Figure(String name, String value) {
}
