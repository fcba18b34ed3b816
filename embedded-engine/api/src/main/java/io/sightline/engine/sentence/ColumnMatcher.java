package io.sightline.engine.sentence;

import io.sightline.engine.api.FieldSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the input column a few words of a sentence mean: "their chargeback rate" is
 * {@code seller_chargeback_rate}. Each word scores 2 against a column word it equals (plurals and
 * abbreviations aside), 1 against one it nearly equals; the best total wins, then the column with fewest words
 * left unsaid. Columns still level are ambiguous and are all named.
 */
final class ColumnMatcher {
    private static final int EXACT = 2;
    private static final int NEAR = 1;

    /** The outcome: the column (null when none or several fit), the columns level at best, the words left over. */
    record Match(FieldSpec column, List<FieldSpec> candidates, List<String> unmatched) {
        boolean found() {
            return column != null;
        }

        boolean ambiguous() {
            return column == null && candidates.size() > 1;
        }
    }

    private record Scored(FieldSpec column, int score, int unsaid, List<String> unmatched) {
    }

    private final List<FieldSpec> columns;

    ColumnMatcher(List<FieldSpec> columns) {
        this.columns = List.copyOf(columns);
    }

    Match match(List<String> words) {
        List<Scored> scored = new ArrayList<>();
        for (FieldSpec column : columns) {
            Scored s = score(column, words);
            if (s.score() > 0) {
                scored.add(s);
            }
        }
        if (scored.isEmpty()) {
            return new Match(null, List.of(), List.copyOf(words));
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed().thenComparingInt(Scored::unsaid));
        Scored best = scored.get(0);
        List<Scored> level = scored.stream()
                .filter(s -> s.score() == best.score() && s.unsaid() == best.unsaid()).toList();
        if (level.size() > 1) {
            return new Match(null, level.stream().map(Scored::column).toList(), best.unmatched());
        }
        return new Match(best.column(), List.of(best.column()), best.unmatched());
    }

    /** Whether {@code word} is one of the words of {@code column}'s name. */
    static boolean names(FieldSpec column, String word) {
        return meaningfulWords(column).stream().anyMatch(w -> WordMatch.same(word, w));
    }

    private static Scored score(FieldSpec column, List<String> words) {
        List<String> columnWords = meaningfulWords(column);
        boolean[] said = new boolean[columnWords.size()];
        int total = 0;
        List<String> unmatched = new ArrayList<>();
        for (String word : words) {
            int best = 0;
            int at = -1;
            for (int i = 0; i < columnWords.size(); i++) {
                int weight = WordMatch.exactly(word, columnWords.get(i)) ? EXACT
                        : WordMatch.same(word, columnWords.get(i)) ? NEAR : 0;
                if (weight > best) {
                    best = weight;
                    at = i;
                }
            }
            if (best == 0) {
                unmatched.add(word);
            } else {
                said[at] = true;
                total += best;
            }
        }
        int unsaid = 0;
        for (boolean s : said) {
            unsaid += s ? 0 : 1;
        }
        return new Scored(column, total, unsaid, unmatched);
    }

    private static List<String> meaningfulWords(FieldSpec column) {
        return WordMatch.wordsOf(column.name()).stream().filter(w -> !StrategyWords.isFiller(w)).toList();
    }
}
