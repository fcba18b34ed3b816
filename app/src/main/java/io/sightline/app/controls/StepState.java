package io.sightline.app.controls;

import java.util.Locale;
import javafx.css.PseudoClass;

/** Where a step of a running workflow stands, as the engine reports it. */
public enum StepState {
    PENDING("Pending"),
    RUNNING("Running"),
    WAITING("Waiting"),
    PASSED("Passed"),
    FAILED("Failed"),
    SKIPPED("Skipped");

    private final String label;
    private final PseudoClass pseudoClass;

    StepState(String label) {
        this.label = label;
        this.pseudoClass = PseudoClass.getPseudoClass(name().toLowerCase(Locale.ROOT));
    }

    /** The word shown beside the state's icon, e.g. "Waiting". */
    public String label() {
        return label;
    }

    /** The pseudo-class a step in this state carries, e.g. {@code :waiting}. */
    public PseudoClass pseudoClass() {
        return pseudoClass;
    }

    /** Whether the flow got as far as this step: it is under way or has an outcome other than skipped. */
    public boolean reached() {
        return this == RUNNING || this == WAITING || this == PASSED || this == FAILED;
    }

    /** Whether the step has an outcome that lets the flow go on along one of its edges. */
    public boolean finished() {
        return this == PASSED || this == FAILED;
    }
}
