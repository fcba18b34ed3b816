package io.sightline.engine.api;

import java.util.List;

/**
 * One page of the runs table: the runs of an experiment (null: of every experiment) that a filter in MLflow's
 * search grammar matches ({@code metrics.auc > 0.8 and params.depth = '4'}), in an order
 * ({@code ["metrics.auc DESC"]}; none: newest first), and where children stand: folded under their parent
 * ({@code foldChildren}: only runs without a parent are listed) or, with {@code parentRunId}, the children of
 * one run. {@code pageToken} is the previous page's {@link RunPage#nextPageToken()} (null: the first page).
 */
public record RunSearchRequest(String experiment, String filter, List<String> orderBy, boolean foldChildren,
                               String parentRunId, int pageSize, String pageToken) {

    public static final int DEFAULT_PAGE_SIZE = 200;
    public static final int MAX_PAGE_SIZE = 1000;

    public RunSearchRequest {
        orderBy = orderBy == null ? List.of() : List.copyOf(orderBy);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw PlatformException.invalid("A page of runs holds 1 to " + MAX_PAGE_SIZE + " runs, not " + pageSize
                    + ".");
        }
    }

    /** The first page of an experiment's runs, newest first, children folded under their parent. */
    public static RunSearchRequest firstPage(String experiment) {
        return new RunSearchRequest(experiment, null, List.of(), true, null, DEFAULT_PAGE_SIZE, null);
    }

    /** The first page of the children of {@code parentRunId}, newest first. */
    public static RunSearchRequest children(String experiment, String parentRunId) {
        return new RunSearchRequest(experiment, null, List.of(), false, parentRunId, DEFAULT_PAGE_SIZE, null);
    }

    public RunSearchRequest withFilter(String newFilter) {
        return new RunSearchRequest(experiment, newFilter, orderBy, foldChildren, parentRunId, pageSize, null);
    }

    public RunSearchRequest withOrder(List<String> newOrder) {
        return new RunSearchRequest(experiment, filter, newOrder, foldChildren, parentRunId, pageSize, null);
    }

    public RunSearchRequest withFolding(boolean fold) {
        return new RunSearchRequest(experiment, filter, orderBy, fold, parentRunId, pageSize, null);
    }

    /** The same search from the page {@code token} names on. */
    public RunSearchRequest at(String token) {
        return new RunSearchRequest(experiment, filter, orderBy, foldChildren, parentRunId, pageSize, token);
    }
}
