package io.sightline.engine.track;

import io.sightline.engine.search.FieldReader;
import io.sightline.engine.search.OrderBy;
import io.sightline.engine.search.SearchPage;
import io.sightline.engine.search.SearchField;
import io.sightline.engine.search.SearchFilter;
import io.sightline.engine.search.SearchVocabulary;
import io.sightline.engine.search.SearchVocabulary.ValueType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Filters, orders and pages runs as MLflow's {@code runs/search} does (newest first unless told otherwise). */
final class RunSearch {
    static final SearchVocabulary VOCABULARY = new SearchVocabulary("runs",
            Set.of(SearchField.Kind.METRIC, SearchField.Kind.PARAM, SearchField.Kind.TAG, SearchField.Kind.ATTRIBUTE),
            Map.of("run_id", ValueType.TEXT, "run_name", ValueType.TEXT, "status", ValueType.TEXT,
                    "user_id", ValueType.TEXT, "artifact_uri", ValueType.TEXT, "lifecycle_stage", ValueType.TEXT,
                    "start_time", ValueType.NUMBER, "end_time", ValueType.NUMBER, "created", ValueType.NUMBER));

    private static final FieldReader<TrackedRun> READER = RunSearch::read;
    private static final Comparator<TrackedRun> NEWEST_FIRST = Comparator
            .comparing((TrackedRun run) -> run.info().startedAt()).reversed()
            .thenComparing(TrackedRun::id);

    private RunSearch() {
    }

    static SearchPage<TrackedRun> search(List<TrackedRun> runs, RunQuery query) {
        SearchFilter filter = SearchFilter.parse(query.filter(), VOCABULARY);
        OrderBy order = OrderBy.parse(query.orderBy(), VOCABULARY);
        List<TrackedRun> matching = runs.stream()
                .filter(run -> query.viewType().includes(run.lifecycleStage()))
                .filter(run -> filter.test(run, READER))
                .sorted(order.comparator(READER, NEWEST_FIRST))
                .toList();
        return SearchPage.of(matching, query.pageToken(), query.maxResults());
    }

    private static Object read(TrackedRun run, SearchField field) {
        return switch (field.kind()) {
            case METRIC -> run.info().metrics().get(field.key());
            case PARAM -> run.info().params().get(field.key());
            case TAG -> run.info().tags().get(field.key());
            case ATTRIBUTE -> attribute(run, field.key());
        };
    }

    private static Object attribute(TrackedRun run, String key) {
        return switch (key) {
            case "run_id" -> run.id();
            case "run_name" -> run.name();
            case "status" -> run.info().status().name();
            case "user_id" -> run.userId();
            case "artifact_uri" -> run.artifactUri();
            case "lifecycle_stage" -> run.lifecycleStage().word();
            case "start_time", "created" -> run.info().startedAt().toEpochMilli();
            case "end_time" -> run.info().finishedAt() == null ? null : run.info().finishedAt().toEpochMilli();
            default -> null;
        };
    }
}
