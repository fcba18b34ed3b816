package io.sightline.engine.track;

import java.time.Instant;
import java.util.List;

/** A run to start in an experiment, as an MLflow client asks for it; null name and start are filled in. */
public record NewRun(String experimentId, String userId, String runName, Instant startedAt, List<KeyValue> tags) {

    public NewRun {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
