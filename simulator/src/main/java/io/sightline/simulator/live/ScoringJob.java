package io.sightline.simulator.live;

import io.sightline.simulator.stream.Arrival;
import java.util.Map;

/** A released transaction on its way to the platform: the arrival, the request as sent, and when it was released. */
record ScoringJob(Arrival arrival, Map<String, String> request, long releasedNanos) {
}
