package io.sightline.app.controls;

import java.util.Objects;

/** Where the stylesheet of the risk-operations and executive workspaces lives in the assets jar. */
public final class OperationsStyles {
    public static final String RESOURCE = "/io/sightline/assets/theme/operations.css";

    private OperationsStyles() {
    }

    /** The stylesheet's URL, for a view's stylesheets. */
    public static String stylesheet() {
        return Objects.requireNonNull(OperationsStyles.class.getResource(RESOURCE),
                "operations.css is missing from the assets jar").toExternalForm();
    }
}
