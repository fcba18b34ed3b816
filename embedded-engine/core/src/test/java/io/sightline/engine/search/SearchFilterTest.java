package io.sightline.engine.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.search.Condition.Comparison;
import io.sightline.engine.search.SearchVocabulary.ValueType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** MLflow's filter grammar, orderings and page tokens over plain records. */
class SearchFilterTest {
    private static final SearchVocabulary RUNS = new SearchVocabulary("runs",
            Set.of(SearchField.Kind.METRIC, SearchField.Kind.PARAM, SearchField.Kind.TAG, SearchField.Kind.ATTRIBUTE),
            Map.of("status", ValueType.TEXT, "start_time", ValueType.NUMBER, "run_id", ValueType.TEXT));

    /** A record with metrics, params and tags in one map each, and a status and start time. */
    private record Item(String id, Map<String, Double> metrics, Map<String, String> params, Map<String, String> tags,
                        String status, long start) {
    }

    private static final FieldReader<Item> READER = (item, field) -> switch (field.kind()) {
        case METRIC -> item.metrics().get(field.key());
        case PARAM -> item.params().get(field.key());
        case TAG -> item.tags().get(field.key());
        case ATTRIBUTE -> switch (field.key()) {
            case "status" -> item.status();
            case "run_id" -> item.id();
            default -> item.start();
        };
    };

    private static final Item A = new Item("a", Map.of("rmse", 0.7, "my metric", 3.0), Map.of("alpha", "0.5"),
            Map.of("team", "Risk"), "FINISHED", 100);
    private static final Item B = new Item("b", Map.of("rmse", 1.4), Map.of("alpha", "0.1"), Map.of("team", "growth"),
            "RUNNING", 200);
    private static final Item C = new Item("c", Map.of(), Map.of(), Map.of(), "FAILED", 300);

    private static List<String> matching(String filter) {
        SearchFilter parsed = SearchFilter.parse(filter, RUNS);
        return List.of(A, B, C).stream().filter(item -> parsed.test(item, READER)).map(Item::id).toList();
    }

    @Test
    void clausesJoinedByAndCompareMetricsParamsTagsAndAttributes() {
        assertThat(matching("metrics.rmse > 1")).containsExactly("b");
        assertThat(matching("metrics.rmse <= 0.7 AND params.alpha = '0.5'")).containsExactly("a");
        assertThat(matching("params.alpha != \"0.5\"")).containsExactly("b");
        assertThat(matching("tags.team LIKE 'R%'")).containsExactly("a");
        assertThat(matching("tags.team ILIKE 'r%'")).containsExactly("a");
        assertThat(matching("attributes.status = 'FAILED'")).containsExactly("c");
        assertThat(matching("status IN ('FAILED', 'RUNNING')")).containsExactly("b", "c");
        assertThat(matching("attributes.run_id NOT IN ('a')")).containsExactly("b", "c");
        assertThat(matching("attribute.start_time >= 200 and metric.rmse < 2")).containsExactly("b");
        assertThat(matching("")).containsExactly("a", "b", "c");
    }

    @Test
    void likeMatchesRunsAndSingleCharactersWithoutBacktrackingBlowUps() {
        assertThat(Condition.like("a%c", "abbbc", false)).isTrue();
        assertThat(Condition.like("a_c", "abc", false)).isTrue();
        assertThat(Condition.like("a_c", "abbc", false)).isFalse();
        assertThat(Condition.like("%", "", false)).isTrue();
        assertThat(Condition.like("risk%", "Risky", true)).isTrue();
        assertThat(Condition.like("risk%", "Risky", false)).isFalse();
        assertThat(Condition.like("100%", "100", false)).isTrue();
        assertThat(Condition.like("%a%a%a%a%a%a%a%a%a%a%b", "a".repeat(8000), false)).isFalse();
    }

    @Test
    void quotedKeysMayHoldSpaces() {
        assertThat(matching("metrics.`my metric` = 3")).containsExactly("a");
        assertThat(matching("metrics.\"my metric\" > 2")).containsExactly("a");
    }

    @Test
    void aRecordWithoutTheFieldNeverMatches() {
        assertThat(matching("params.alpha != 'zzz'")).containsExactly("a", "b");
        assertThat(matching("metrics.rmse != 0.7")).containsExactly("b");
    }

    @Test
    void malformedFiltersAreRefusedInPlainWords() {
        for (String bad : List.of("metrics.rmse >> 1", "metrics.rmse > 'x'", "params.alpha = 0.5",
                "metrics.rmse LIKE '1%'", "colours.red = 'x'", "attributes.colour = 'x'", "metrics.rmse > 1 or x = 1",
                "params.alpha = 'open", "status IN 'x'", "metrics.rmse > 1 metrics.x > 2")) {
            assertThatThrownBy(() -> SearchFilter.parse(bad, RUNS)).as(bad)
                    .isInstanceOfSatisfying(PlatformException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT));
        }
        assertThat(SearchFilter.parse("status = 'X'", RUNS).conditions())
                .containsExactly(new Condition(SearchField.attribute("status"), Comparison.EQUALS, "X"));
    }

    @Test
    void orderingPutsRecordsWithoutTheFieldLastEitherWay() {
        FieldReader<Item> reader = READER;
        java.util.Comparator<Item> byId = java.util.Comparator.comparing(Item::id);
        List<Item> items = List.of(C, A, B);
        assertThat(items.stream().sorted(OrderBy.parse(List.of("metrics.rmse DESC"), RUNS).comparator(reader, byId))
                .map(Item::id)).containsExactly("b", "a", "c");
        assertThat(items.stream().sorted(OrderBy.parse(List.of("metrics.rmse"), RUNS).comparator(reader, byId))
                .map(Item::id)).containsExactly("a", "b", "c");
        assertThat(items.stream().sorted(OrderBy.parse(List.of("attributes.start_time DESC"), RUNS)
                .comparator(reader, byId)).map(Item::id)).containsExactly("c", "b", "a");
        assertThatThrownBy(() -> OrderBy.parse(List.of("nonsense field DESC"), RUNS))
                .isInstanceOf(PlatformException.class);
    }

    @Test
    void pagesWalkTheWholeListOnceWithOpaqueTokens() {
        List<Integer> numbers = List.of(1, 2, 3, 4, 5);
        SearchPage<Integer> first = SearchPage.of(numbers, null, 2);
        SearchPage<Integer> second = SearchPage.of(numbers, first.nextPageToken(), 2);
        SearchPage<Integer> third = SearchPage.of(numbers, second.nextPageToken(), 2);
        assertThat(first.items()).containsExactly(1, 2);
        assertThat(second.items()).containsExactly(3, 4);
        assertThat(third.items()).containsExactly(5);
        assertThat(third.nextPageToken()).isNull();
        assertThatThrownBy(() -> SearchPage.of(numbers, "not-a-token", 2)).isInstanceOf(PlatformException.class);
        assertThatThrownBy(() -> SearchPage.limit(0L, 10, 100)).isInstanceOf(PlatformException.class);
        assertThat(SearchPage.limit(null, 10, 100)).isEqualTo(10);
    }
}
