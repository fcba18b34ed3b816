package io.sightline.simulator.setup;

/** Hears which step the bootstrap is in, with a sentence saying what happens now. */
@FunctionalInterface
public interface BootstrapListener {
    void step(BootstrapStep step, String message);
}
