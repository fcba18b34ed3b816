package io.sightline.app.workspace.analyst;

/** The four steps of the analyst's wizard, in order. */
public enum WizardStep {
    UPLOAD("Upload"),
    TRAIN("Train"),
    RESULTS("Results"),
    DEPLOY("Deploy");

    private final String title;

    WizardStep(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** 1-based, as the step indicator shows it. */
    public int number() {
        return ordinal() + 1;
    }
}
