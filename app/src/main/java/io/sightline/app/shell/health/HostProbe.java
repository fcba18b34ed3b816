package io.sightline.app.shell.health;

/** Measures this computer; called off the FX thread, never twice at once. */
@FunctionalInterface
public interface HostProbe {
    HostSample sample();
}
