package io.sightline.engine.api;

/** A version of a registered model, e.g. {@code credit-risk:3}. */
public record ModelRef(String model, int version) {
    @Override
    public String toString() {
        return model + ":" + version;
    }
}
