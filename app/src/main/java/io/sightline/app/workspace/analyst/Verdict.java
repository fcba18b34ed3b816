package io.sightline.app.workspace.analyst;

/** The traffic-light judgement of a model, with the words a business reader sees first. */
public enum Verdict {
    GREEN("Good enough to use"),
    YELLOW("Usable, with care"),
    RED("Not reliable yet");

    private final String headline;

    Verdict(String headline) {
        this.headline = headline;
    }

    public String headline() {
        return headline;
    }
}
