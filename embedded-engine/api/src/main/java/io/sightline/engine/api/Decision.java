package io.sightline.engine.api;

/** What a deployment's decision strategies say to do with a scored case; {@code ALLOW} when none matched. */
public enum Decision {
    ALLOW,
    REVIEW,
    BLOCK
}
