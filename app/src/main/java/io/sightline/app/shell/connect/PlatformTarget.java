package io.sightline.app.shell.connect;

/** A platform the console can be connected to: the engine inside this program, or a remote profile. */
public sealed interface PlatformTarget permits EmbeddedEngine, RemoteProfile {

    /** What is remembered to find this target again on the next launch. */
    String key();

    /** How the target is named in lists and menus. */
    String title();

    /** How the target is named where room is short, as on the main window's header. */
    String shortTitle();
}
