package io.sightline.app.workspace.scientist;

import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.Datasets;
import java.util.HashMap;
import java.util.Map;

/** Dataset names by id, so runs and versions can name their data; call it off the UI thread. */
final class DatasetNames {
    private DatasetNames() {
    }

    /** The names the platform knows; empty when it cannot list datasets (callers then show ids). */
    static Map<String, String> fetch(Datasets platform) {
        Map<String, String> names = new HashMap<>();
        try {
            for (DatasetInfo info : platform.datasets()) {
                names.put(info.id(), info.name());
            }
        } catch (RuntimeException e) {
            // Secondary information: the list it decorates is still worth showing.
            return Map.of();
        }
        return names;
    }
}
