package io.sightline.engine.api;

import java.util.List;
import java.util.Map;

/**
 * A page of runs in the order asked for, how many children each run on it has (runs without children are left
 * out), and the token of the next page (null on the last).
 */
public record RunPage(List<RunInfo> runs, Map<String, Integer> childCounts, String nextPageToken) {

    public RunPage {
        runs = runs == null ? List.of() : List.copyOf(runs);
        childCounts = childCounts == null ? Map.of() : Map.copyOf(childCounts);
    }

    public int children(String runId) {
        return childCounts.getOrDefault(runId, 0);
    }
}
