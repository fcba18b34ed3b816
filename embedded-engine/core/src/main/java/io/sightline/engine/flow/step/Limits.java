package io.sightline.engine.flow.step;

import io.sightline.engine.api.ServingLimits;
import java.time.Duration;

/** Serving limits kept in a step's outputs as text: "workers/queue/maxWaitMillis/whenFull". */
final class Limits {
    private Limits() {
    }

    static String write(ServingLimits limits) {
        return limits.workers() + "/" + limits.queueLimit() + "/" + limits.maxWait().toMillis() + "/"
                + limits.whenFull().name();
    }

    static ServingLimits read(String text) {
        String[] parts = text.split("/");
        return new ServingLimits(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                Duration.ofMillis(Long.parseLong(parts[2])), ServingLimits.WhenFull.valueOf(parts[3]));
    }
}
