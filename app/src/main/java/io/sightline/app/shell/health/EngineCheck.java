package io.sightline.app.shell.health;

import io.sightline.engine.api.Health;
import io.sightline.engine.api.PlatformInfo;
import java.time.Duration;

/** One health check of the engine: who it is, how it feels and how long {@code health()} took; or why it failed. */
record EngineCheck(PlatformInfo info, Health health, Duration roundTrip, Throwable failure) {

    static EngineCheck answered(PlatformInfo info, Health health, Duration roundTrip) {
        return new EngineCheck(info, health, roundTrip, null);
    }

    static EngineCheck failed(Throwable failure) {
        return new EngineCheck(null, null, null, failure);
    }

    boolean ok() {
        return failure == null;
    }
}
