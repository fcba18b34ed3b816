package io.sightline.app.shell.connect;

/** The engine inside this program, keeping its data on this computer. Always offered, always first. */
public record EmbeddedEngine() implements PlatformTarget {
    public static final EmbeddedEngine INSTANCE = new EmbeddedEngine();
    static final String KEY = "embedded";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String title() {
        return "This computer (embedded engine)";
    }

    @Override
    public String shortTitle() {
        return "This computer";
    }
}
