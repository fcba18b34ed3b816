package io.sightline.app.shell;

/** The people the console has a workspace for. */
public enum Persona {
    ANALYST("Business analyst"),
    DATA_SCIENTIST("Data scientist"),
    MLOPS_ENGINEER("MLOps engineer"),
    RISK_OPERATIONS("Risk operations"),
    EXECUTIVE("Executive");

    private final String title;

    Persona(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
