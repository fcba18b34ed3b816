package io.sightline.app.demo;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Whether the user has left the demo for their own engine: then it never starts by itself again. */
public final class DemoPreferences {
    private static final Logger LOG = LoggerFactory.getLogger(DemoPreferences.class);

    private static final String LEFT = "demo.left";

    private final Preferences node;

    public DemoPreferences(Preferences node) {
        this.node = node;
    }

    public boolean left() {
        return node.getBoolean(LEFT, false);
    }

    public void saveLeft() {
        node.putBoolean(LEFT, true);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Remembering is a convenience: the demo would only be offered again on the next launch.
            LOG.warn("Could not remember that the demo was left", e);
        }
    }
}
