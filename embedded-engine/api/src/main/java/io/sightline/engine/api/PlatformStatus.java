package io.sightline.engine.api;

/** What a platform is and whether its parts are well: for status bars, health pages and probes. */
public interface PlatformStatus {

    PlatformInfo info();

    Health health();
}
