package io.sightline.engine.track;

import io.sightline.engine.search.OrderBy;
import io.sightline.engine.search.SearchField;
import io.sightline.engine.search.SearchFilter;
import io.sightline.engine.search.SearchPage;
import io.sightline.engine.search.SearchVocabulary;
import io.sightline.engine.search.SearchVocabulary.ValueType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Filters, orders and pages runs as MLflow's {@code runs/search} does (newest first unless told otherwise), in
 * the database: the filter and ordering are parsed here and run as one indexed statement ({@link RunSelection}).
 */
final class RunSearch {
    static final SearchVocabulary VOCABULARY = new SearchVocabulary("runs",
            Set.of(SearchField.Kind.METRIC, SearchField.Kind.PARAM, SearchField.Kind.TAG, SearchField.Kind.ATTRIBUTE),
            Map.of("run_id", ValueType.TEXT, "run_name", ValueType.TEXT, "status", ValueType.TEXT,
                    "user_id", ValueType.TEXT, "artifact_uri", ValueType.TEXT, "lifecycle_stage", ValueType.TEXT,
                    "start_time", ValueType.NUMBER, "end_time", ValueType.NUMBER, "created", ValueType.NUMBER));

    private RunSearch() {
    }

    /** The page {@code pageToken} (null: the first) asks for, of at most {@code maxResults} runs. */
    static SearchPage<TrackedRun> page(Connection connection, RunStore runs, RunScope scope, String filterText,
                                       List<String> orderBy, int maxResults, String pageToken) throws SQLException {
        SearchFilter filter = SearchFilter.parse(filterText, VOCABULARY);
        OrderBy order = OrderBy.parse(orderBy, VOCABULARY);
        int offset = SearchPage.offset(pageToken);
        // One run more than asked for says whether there is a next page without counting the matches.
        List<TrackedRun> found = runs.page(connection,
                RunSelection.page(scope, filter, order, maxResults + 1, offset));
        return SearchPage.following(found, offset, maxResults);
    }
}
