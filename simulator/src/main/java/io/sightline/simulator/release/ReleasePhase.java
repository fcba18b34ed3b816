package io.sightline.simulator.release;

/** Where a challenger release stands, each phase with a sentence saying what happens in it. */
public enum ReleasePhase {
    TRAINING_CHALLENGER("Training a challenger on recent labelled orders, the new ring's among them."),
    CANARY("The challenger takes a small share of the orders, growing step by step while its guard holds: no more"
            + " errors, no slower, and no fewer correct answers than the deployed model."),
    AB_TEST("The deployed model (A) and the challenger (B) share the orders half and half until a sequential test"
            + " says which answers correctly more often."),
    BANDIT("Both versions are bandit arms: each moves to the share of orders it has earned by its correct answers."),
    DONE("The release has run its phases; the bandit keeps sharing the orders by what each version earns."),
    FAILED("The release could not go on."),
    STOPPED("The release was stopped.");

    private final String description;

    ReleasePhase(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
