package io.sightline.engine.sentence;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.FieldSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The known values of the model's categorical inputs (from training), found in a sentence: "electronics" is
 * {@code category = electronics}, "gift cards" is {@code category = gift_cards}. A value may be several words.
 */
final class CategoryIndex {
    private static final int LONGEST = 3;

    /** A value of a column, as the data writes it, and as words. */
    record Value(FieldSpec column, String value, List<String> words) {
    }

    /** The values that the words starting at some position spell, all of the same length. */
    record Found(int length, List<Value> values) {
        boolean ambiguous() {
            return values.stream().map(v -> v.column().name()).distinct().count() > 1;
        }
    }

    private final List<Value> values = new ArrayList<>();

    CategoryIndex(List<FieldSpec> inputs) {
        for (FieldSpec input : inputs) {
            if (input.type() != ColumnType.CATEGORICAL) {
                continue;
            }
            for (String category : input.categories()) {
                List<String> words = WordMatch.wordsOf(category);
                if (!words.isEmpty() && words.size() <= LONGEST && category.strip().length() >= 2) {
                    values.add(new Value(input, category, words));
                }
            }
        }
    }

    /** The longest value spelled by {@code words} from {@code start}, or null. */
    Found at(List<String> words, int start) {
        for (int length = Math.min(LONGEST, words.size() - start); length >= 1; length--) {
            List<String> phrase = words.subList(start, start + length);
            List<Value> found = values.stream().filter(v -> spells(phrase, v.words())).toList();
            if (!found.isEmpty()) {
                return new Found(length, found);
            }
        }
        return null;
    }

    /** The value of {@code column} (categorical or yes/no) that {@code words} spell, as the data writes it, or null. */
    String in(FieldSpec column, List<String> words) {
        return column.categories().stream().filter(c -> spells(words, WordMatch.wordsOf(c))).findFirst().orElse(null);
    }

    /** A column's values as the sentence back to the user lists them: at most a dozen. */
    static String listOf(FieldSpec column) {
        List<String> categories = column.categories();
        String shown = String.join(", ", categories.subList(0, Math.min(12, categories.size())));
        return categories.size() > 12 ? shown + ", …" : shown;
    }

    /** The columns a group of values belongs to, in order, once each. */
    static List<FieldSpec> columnsOf(List<Value> values) {
        Map<String, FieldSpec> columns = new LinkedHashMap<>();
        values.forEach(v -> columns.putIfAbsent(v.column().name(), v.column()));
        return List.copyOf(columns.values());
    }

    private static boolean spells(List<String> phrase, List<String> valueWords) {
        if (phrase.size() != valueWords.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            if (!WordMatch.same(phrase.get(i), valueWords.get(i))) {
                return false;
            }
        }
        return true;
    }
}
