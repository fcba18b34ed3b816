package io.sightline.app.controls;

import java.util.Locale;

/** What a step of a workflow does; the diagram draws each kind with its own silhouette and mark. */
public enum StepKind {
    START("Start"),
    ACTION("Action"),
    GATE("Gate"),
    APPROVAL("Approval"),
    WAIT("Wait"),
    BRANCH("Branch"),
    JOIN("Join"),
    END("End");

    private final String label;
    private final String styleClass;

    StepKind(String label) {
        this.label = label;
        this.styleClass = "kind-" + name().toLowerCase(Locale.ROOT);
    }

    /** The word shown for this kind, e.g. "Approval". */
    public String label() {
        return label;
    }

    /** The style class a step of this kind carries, e.g. {@code kind-gate}. */
    public String styleClass() {
        return styleClass;
    }
}
