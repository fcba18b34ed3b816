package io.sightline.app.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** A key combination and what it does; the menus install these and the shortcuts dialog lists them. */
public record Shortcut(KeyCombination keys, String description) {
    public static final Shortcut OPEN_FILE = new Shortcut(
            new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), "Open a data file (analyst wizard)");
    public static final Shortcut TOGGLE_THEME = new Shortcut(
            new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), "Switch between light and dark");
    public static final Shortcut SHOW_SHORTCUTS = new Shortcut(
            new KeyCodeCombination(KeyCode.F1), "Show these keyboard shortcuts");
    public static final Shortcut PLATFORMS = new Shortcut(
            new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            "Manage platforms: this computer or a remote one");
    public static final Shortcut SYSTEM_HEALTH = new Shortcut(
            new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            "Show system health");
    public static final Shortcut QUIT = new Shortcut(
            new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), "Quit Sightline");

    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    /** Ctrl+1 … Ctrl+5 follow the persona order, so a persona keeps its key whichever others exist. */
    public static Shortcut persona(Persona persona) {
        return new Shortcut(new KeyCodeCombination(DIGITS[persona.ordinal()], KeyCombination.SHORTCUT_DOWN),
                "Show the " + persona.title().toLowerCase() + " workspace");
    }

    /** Every shortcut of the main window, personas first. */
    public static List<Shortcut> all(List<Persona> personas) {
        List<Shortcut> all = new ArrayList<>();
        personas.forEach(p -> all.add(persona(p)));
        all.addAll(List.of(OPEN_FILE, TOGGLE_THEME, PLATFORMS, SYSTEM_HEALTH, SHOW_SHORTCUTS, QUIT));
        return List.copyOf(all);
    }
}
