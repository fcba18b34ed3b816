package io.sightline.app.shell;

/** The people the console has a workspace for. */
public enum Persona {
    ANALYST("Business analyst", "Analyst"),
    DATA_SCIENTIST("Data scientist", "Scientist"),
    MLOPS_ENGINEER("MLOps engineer", "MLOps"),
    RISK_OPERATIONS("Risk operations", "Risk ops"),
    EXECUTIVE("Executive", "Executive");

    private final String title;
    private final String shortTitle;

    Persona(String title, String shortTitle) {
        this.title = title;
        this.shortTitle = shortTitle;
    }

    public String title() {
        return title;
    }

    /** The name on the header's switcher, where five buttons share the width with the platform and status. */
    public String shortTitle() {
        return shortTitle;
    }
}
