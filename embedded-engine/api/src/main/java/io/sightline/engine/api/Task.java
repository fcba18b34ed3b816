package io.sightline.engine.api;

/** The learning task, detected from the target column. */
public enum Task {
    BINARY("Yes/no prediction"),
    MULTICLASS("Category prediction"),
    REGRESSION("Number prediction");

    private final String plainName;

    Task(String plainName) {
        this.plainName = plainName;
    }

    public String plainName() {
        return plainName;
    }

    public boolean isClassification() {
        return this != REGRESSION;
    }
}
