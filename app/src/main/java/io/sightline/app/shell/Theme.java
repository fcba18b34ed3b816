package io.sightline.app.shell;

/** The console's two looks, AtlantaFX Primer light and dark. */
public enum Theme {
    LIGHT,
    DARK;

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
