package io.sightline.engine.flow;

import io.sightline.engine.api.Flow;
import java.time.Instant;
import java.util.Map;

/** A flow as stored, with when each waiting step is to be looked at again (by step id; absent: now). */
record StoredFlow(Flow flow, Map<String, Instant> checkAt) {
}
