package io.sightline.app.controls;

import java.util.Objects;

/** Where the stylesheet of the data scientist's controls and workspace lives in the assets jar. */
public final class ScientistStyles {
    public static final String RESOURCE = "/io/sightline/assets/theme/controls-scientist.css";

    private ScientistStyles() {
    }

    /** The stylesheet's URL, for {@code getUserAgentStylesheet()} and for a view's stylesheets. */
    public static String stylesheet() {
        return Objects.requireNonNull(ScientistStyles.class.getResource(RESOURCE),
                "controls-scientist.css is missing from the assets jar").toExternalForm();
    }
}
