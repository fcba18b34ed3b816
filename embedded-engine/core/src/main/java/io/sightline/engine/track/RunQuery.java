package io.sightline.engine.track;

import java.util.List;

/** A search of runs: in which experiments, which ones (filter and view), in what order, which page. */
public record RunQuery(List<String> experimentIds, String filter, ViewType viewType, List<String> orderBy,
                       int maxResults, String pageToken) {

    public RunQuery {
        experimentIds = experimentIds == null ? List.of() : List.copyOf(experimentIds);
        orderBy = orderBy == null ? List.of() : List.copyOf(orderBy);
        viewType = viewType == null ? ViewType.ACTIVE_ONLY : viewType;
    }
}
