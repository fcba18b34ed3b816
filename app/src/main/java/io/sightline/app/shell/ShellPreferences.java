package io.sightline.app.shell;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the console remembers between sessions — window placement, theme, last persona — kept under one
 * java.util.prefs node chosen by the composition root (tests hand in a node of their own).
 */
public final class ShellPreferences {
    private static final Logger LOG = LoggerFactory.getLogger(ShellPreferences.class);

    /** The node the console uses for a real user. */
    public static final String DEFAULT_NODE = "io/sightline/console";

    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";
    private static final String THEME = "theme";
    private static final String PERSONA = "persona";

    private final Preferences node;

    public ShellPreferences(Preferences node) {
        this.node = node;
    }

    public Optional<WindowPlacement> windowPlacement() {
        if (node.get(WIDTH, null) == null) {
            return Optional.empty();
        }
        WindowPlacement placement = new WindowPlacement(node.getDouble(X, 0), node.getDouble(Y, 0),
                node.getDouble(WIDTH, 0), node.getDouble(HEIGHT, 0), node.getBoolean(MAXIMIZED, false));
        return placement.plausible() ? Optional.of(placement) : Optional.empty();
    }

    public void saveWindowPlacement(WindowPlacement placement) {
        node.putDouble(X, placement.x());
        node.putDouble(Y, placement.y());
        node.putDouble(WIDTH, placement.width());
        node.putDouble(HEIGHT, placement.height());
        node.putBoolean(MAXIMIZED, placement.maximized());
        flush();
    }

    public Theme theme() {
        return parse(Theme.class, node.get(THEME, null)).orElse(Theme.LIGHT);
    }

    public void saveTheme(Theme theme) {
        node.put(THEME, theme.name());
        flush();
    }

    public Optional<Persona> lastPersona() {
        return parse(Persona.class, node.get(PERSONA, null));
    }

    public void saveLastPersona(Persona persona) {
        node.put(PERSONA, persona.name());
        flush();
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty(); // written by another version: fall back to the default
        }
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Remembering is a convenience; failing to write it must not disturb the user's work.
            LOG.warn("Could not save console preferences", e);
        }
    }
}
