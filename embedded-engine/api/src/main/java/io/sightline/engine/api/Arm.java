package io.sightline.engine.api;

/**
 * One version a deployment serves under a traffic policy: its {@code name} (such as "stable", "canary", "A",
 * "B"), the model version, and its share of requests from 0 to 1 (for a shadow arm: the share mirrored to it).
 * The model is the deployment's.
 */
public record Arm(String name, int version, double share) {
    public Arm {
        if (name == null || name.isBlank()) {
            throw PlatformException.invalid("Give every arm a name, such as \"stable\" and \"canary\".");
        }
        name = name.strip();
        if (version < 1) {
            throw PlatformException.invalid("Arm '" + name + "' needs a model version of 1 or more (got " + version + ").");
        }
        if (!(share >= 0 && share <= 1)) {
            throw PlatformException.invalid("Arm '" + name + "' needs a share from 0 to 1, such as 0.1 for 10 % (got "
                    + share + ").");
        }
    }
}
