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

/** Filters ({@code name LIKE 'x%'}, {@code tags.team = 'risk'}), orders and pages experiments. */
final class ExperimentSearch {
    static final SearchVocabulary VOCABULARY = new SearchVocabulary("experiments",
            Set.of(SearchField.Kind.TAG, SearchField.Kind.ATTRIBUTE),
            Map.of("name", ValueType.TEXT, "experiment_id", ValueType.TEXT, "lifecycle_stage", ValueType.TEXT,
                    "creation_time", ValueType.NUMBER, "last_update_time", ValueType.NUMBER));

    private static final FieldReader<Experiment> READER = (experiment, field) -> switch (field.kind()) {
        case TAG -> experiment.tags().get(field.key());
        case ATTRIBUTE -> switch (field.key()) {
            case "name" -> experiment.name();
            case "experiment_id" -> experiment.id();
            case "lifecycle_stage" -> experiment.lifecycleStage().word();
            case "creation_time" -> experiment.createdAt().toEpochMilli();
            case "last_update_time" -> experiment.updatedAt().toEpochMilli();
            default -> null;
        };
        default -> null;
    };

    /** Newest first, then by id. */
    private static final Comparator<Experiment> NEWEST_FIRST = Comparator
            .comparing(Experiment::createdAt).reversed()
            .thenComparing(experiment -> Long.parseLong(experiment.id()));

    private ExperimentSearch() {
    }

    static SearchPage<Experiment> search(List<Experiment> experiments, String filterText, ViewType view,
                                   List<String> orderBy, int maxResults, String pageToken) {
        SearchFilter filter = SearchFilter.parse(filterText, VOCABULARY);
        OrderBy order = OrderBy.parse(orderBy, VOCABULARY);
        return SearchPage.of(experiments.stream()
                .filter(experiment -> view.includes(experiment.lifecycleStage()))
                .filter(experiment -> filter.test(experiment, READER))
                .sorted(order.comparator(READER, NEWEST_FIRST))
                .toList(), pageToken, maxResults);
    }
}
