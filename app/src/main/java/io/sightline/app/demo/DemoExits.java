package io.sightline.app.demo;

/**
 * The two ways out of the running demo; both replace the console's platform, so the console (not the demo)
 * carries them out. Called on the FX thread; they return at once and do their work in the background.
 */
public interface DemoExits {
    /** Stops the demo, wipes its data directory and starts it again from nothing. */
    void reset();

    /** Stops the demo and reopens the console on the user's own embedded engine, for this and later launches. */
    void leave();
}
