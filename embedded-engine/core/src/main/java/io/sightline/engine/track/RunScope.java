package io.sightline.engine.track;

import java.util.List;

/**
 * Which runs a search looks through before its filter: those of some experiments (by name; none named: of all),
 * in a lifecycle stage, and either every run, the top-level runs only (children folded under their parent), or
 * the children of one parent.
 */
public record RunScope(List<String> experiments, ViewType view, Nesting nesting, String parentRunId) {

    /** How child runs (tagged {@code mlflow.parentRunId}) are treated. */
    public enum Nesting {
        /** Parents and children alike, as MLflow's {@code runs/search} lists them. */
        FLAT,
        /** Runs that have no parent; their children are fetched apart. */
        TOP_LEVEL,
        /** The children of {@link RunScope#parentRunId()}. */
        CHILDREN
    }

    public RunScope {
        experiments = experiments == null ? List.of() : List.copyOf(experiments);
        view = view == null ? ViewType.ACTIVE_ONLY : view;
        nesting = nesting == null ? Nesting.FLAT : nesting;
    }

    public static RunScope flat(List<String> experiments, ViewType view) {
        return new RunScope(experiments, view, Nesting.FLAT, null);
    }
}
