package io.sightline.engine.api;

/** The stage of a model version in the registry. */
public enum Stage {
    NONE,
    STAGING,
    PRODUCTION,
    ARCHIVED
}
