package io.sightline.app.demo;

import java.util.Objects;

/** The demo's stylesheet in the assets jar, and its style classes. */
public final class DemoStyles {
    public static final String RESOURCE = "/io/sightline/assets/theme/demo.css";
    public static final String BADGE = "demo-badge";
    public static final String STATUS = "demo-status";
    public static final String SIMULATED = "simulated-tag";
    public static final String SIMULATED_BANNER = "simulated-banner";

    private DemoStyles() {
    }

    public static String stylesheet() {
        return Objects.requireNonNull(DemoStyles.class.getResource(RESOURCE), "demo.css is missing from the assets jar")
                .toExternalForm();
    }
}
