package io.sightline.simulator.live;

/**
 * How the live run calls the platform: steady caller threads, extra callers during bursts, and how many
 * released transactions may wait for a caller.
 */
public record LiveSettings(int steadyCallers, int burstCallers, int queueCapacity) {
    public static final LiveSettings DEFAULTS = new LiveSettings(2, 14, 10_000);

    public LiveSettings {
        if (steadyCallers < 1 || burstCallers < 0 || queueCapacity < 1) {
            throw new IllegalArgumentException("The live run needs at least one caller and room in its queue.");
        }
    }
}
