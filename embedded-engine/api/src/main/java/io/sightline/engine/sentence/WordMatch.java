package io.sightline.engine.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether two words mean the same for matching a sentence to column names: equal, the same once plurals are
 * dropped, a common abbreviation, or one typing slip apart (two for long words); short words must be exact.
 */
public final class WordMatch {
    private static final Map<String, String> ABBREVIATIONS = Map.of("avg", "average", "amt", "amount",
            "num", "number", "qty", "quantity", "pct", "percent", "cnt", "count", "dist", "distance",
            "km", "kilometer");

    private WordMatch() {
    }

    static boolean same(String a, String b) {
        String x = expand(singular(a));
        String y = expand(singular(b));
        if (x.equals(y)) {
            return true;
        }
        return nearly(x, y);
    }

    /** Equal once plurals and abbreviations are read, with no allowance for slips. */
    static boolean exactly(String a, String b) {
        return expand(singular(a)).equals(expand(singular(b)));
    }

    /** One slip apart for words of five letters or more, two for nine or more: "chargback" is "chargeback". */
    private static boolean nearly(String x, String y) {
        int shorter = Math.min(x.length(), y.length());
        if (shorter < 5) {
            return false;
        }
        return distance(x, y) <= (shorter >= 9 ? 2 : 1);
    }

    /** "rates" → "rate", "categories" → "category", "boxes" → "box"; short words and "-ss" stay. */
    static String singular(String word) {
        if (word.length() <= 3 || word.endsWith("ss")) {
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    private static String expand(String word) {
        return ABBREVIATIONS.getOrDefault(word, word);
    }

    /** The words of a column name: "seller_chargeback_rate" and "sellerChargebackRate" both give three. */
    public static List<String> wordsOf(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String part : spaced.split("[^\\p{L}\\p{N}]+")) {
            if (!part.isEmpty()) {
                words.add(part);
            }
        }
        return words;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
