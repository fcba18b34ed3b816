package io.sightline.app.fakes;

import io.sightline.engine.api.Health;
import io.sightline.engine.api.PlatformInfo;
import io.sightline.engine.api.PlatformStatus;

/** PlatformStatus of which every call fails until a test overrides the ones it scripts. */
public interface ScriptedStatus extends PlatformStatus {

    @Override
    default PlatformInfo info() {
        throw Unscripted.call("PlatformStatus", "info");
    }

    @Override
    default Health health() {
        throw Unscripted.call("PlatformStatus", "health");
    }
}
