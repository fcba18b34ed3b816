package io.sightline.engine.sentence;

import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.Decision;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words a rule's sentence may use besides column names and category values: actions, comparisons, the
 * words that join clauses, the risk score's names, and the small words that carry no condition of their own.
 */
final class StrategyWords {
    /** What "flag" does: the engine's mildest decision that is not "allow". */
    static final Decision FLAG = Decision.REVIEW;

    private static final Map<String, Decision> ACTIONS = Map.ofEntries(
            Map.entry("block", Decision.BLOCK), Map.entry("blocks", Decision.BLOCK),
            Map.entry("blocked", Decision.BLOCK), Map.entry("blocking", Decision.BLOCK),
            Map.entry("reject", Decision.BLOCK), Map.entry("decline", Decision.BLOCK),
            Map.entry("deny", Decision.BLOCK), Map.entry("stop", Decision.BLOCK), Map.entry("ban", Decision.BLOCK),
            Map.entry("review", Decision.REVIEW), Map.entry("reviews", Decision.REVIEW),
            Map.entry("reviewed", Decision.REVIEW), Map.entry("hold", Decision.REVIEW),
            Map.entry("investigate", Decision.REVIEW), Map.entry("check", Decision.REVIEW),
            Map.entry("flag", FLAG), Map.entry("flags", FLAG), Map.entry("flagged", FLAG),
            Map.entry("flagging", FLAG), Map.entry("mark", FLAG));

    /** The words of "flag" itself, so that the rule can be read back as "flag" rather than "review". */
    private static final Set<String> FLAG_WORDS = Set.of("flag", "flags", "flagged", "flagging", "mark");

    /** Comparisons of several words, longest first so that "no more than" wins over "more than". */
    private static final List<Map.Entry<List<String>, Comparison>> PHRASES = List.of(
            Map.entry(List.of("no", "more", "than"), Comparison.LESS_OR_EQUAL),
            Map.entry(List.of("not", "more", "than"), Comparison.LESS_OR_EQUAL),
            Map.entry(List.of("no", "less", "than"), Comparison.GREATER_OR_EQUAL),
            Map.entry(List.of("not", "less", "than"), Comparison.GREATER_OR_EQUAL),
            Map.entry(List.of("more", "than"), Comparison.GREATER),
            Map.entry(List.of("greater", "than"), Comparison.GREATER),
            Map.entry(List.of("higher", "than"), Comparison.GREATER),
            Map.entry(List.of("larger", "than"), Comparison.GREATER),
            Map.entry(List.of("bigger", "than"), Comparison.GREATER),
            Map.entry(List.of("less", "than"), Comparison.LESS),
            Map.entry(List.of("fewer", "than"), Comparison.LESS),
            Map.entry(List.of("lower", "than"), Comparison.LESS),
            Map.entry(List.of("smaller", "than"), Comparison.LESS),
            Map.entry(List.of("at", "least"), Comparison.GREATER_OR_EQUAL),
            Map.entry(List.of("at", "most"), Comparison.LESS_OR_EQUAL),
            Map.entry(List.of("equal", "to"), Comparison.EQUAL),
            Map.entry(List.of("is", "not"), Comparison.NOT_EQUAL),
            Map.entry(List.of("are", "not"), Comparison.NOT_EQUAL),
            Map.entry(List.of("above"), Comparison.GREATER),
            Map.entry(List.of("over"), Comparison.GREATER),
            Map.entry(List.of("exceeds"), Comparison.GREATER),
            Map.entry(List.of("exceed"), Comparison.GREATER),
            Map.entry(List.of("exceeding"), Comparison.GREATER),
            Map.entry(List.of("beyond"), Comparison.GREATER),
            Map.entry(List.of("below"), Comparison.LESS),
            Map.entry(List.of("under"), Comparison.LESS),
            Map.entry(List.of("beneath"), Comparison.LESS),
            Map.entry(List.of("equals"), Comparison.EQUAL));

    private static final Map<String, Comparison> SYMBOLS = Map.of(">", Comparison.GREATER,
            ">=", Comparison.GREATER_OR_EQUAL, "=>", Comparison.GREATER_OR_EQUAL, "<", Comparison.LESS,
            "<=", Comparison.LESS_OR_EQUAL, "=<", Comparison.LESS_OR_EQUAL, "=", Comparison.EQUAL,
            "!=", Comparison.NOT_EQUAL);

    /** "is" compares only when nothing else in its clause does: "category is electronics". */
    static final Set<String> IS = Set.of("is", "are", "be");

    /** Words that start a new clause. */
    private static final Set<String> CONNECTORS = Set.of("and", "when", "with", "if", "where", "whose", "who",
            "that", "which", "while", "but", "then", "whenever");

    /** Words that are not supported and deserve their own sentence rather than "not understood". */
    static final String OR = "or";

    /** Words that carry no condition: articles, pronouns, auxiliaries, prepositions. */
    private static final Set<String> FILLERS = Set.of("the", "a", "an", "all", "any", "every", "each", "their",
            "its", "his", "her", "them", "they", "it", "is", "are", "was", "were", "be", "been", "has", "have",
            "having", "had", "do", "does", "of", "for", "to", "in", "on", "at", "from", "by", "as", "than", "please",
            "automatically", "always", "send", "put", "manual", "manually", "those", "these", "this", "such");

    /** What a rule acts on: known words, but they add no condition. */
    private static final Set<String> ENTITIES = Set.of("seller", "merchant", "vendor", "shop", "store", "order",
            "transaction", "payment", "purchase", "sale", "buyer", "customer", "user", "account", "case",
            "prediction", "item");

    /** Units that may follow a number. */
    private static final Set<String> UNITS = Set.of("percent", "pct", "per", "cent", "euro", "eur", "dollar", "usd",
            "day", "hour", "minute", "km", "kilometer", "kilometre", "mile", "point", "time");

    /** Names of the model's score, and the words that may qualify them. */
    private static final Set<String> SCORE_NAMES = Set.of("score", "risk", "probability", "likelihood");
    private static final Set<String> SCORE_QUALIFIERS = Set.of("fraud", "model", "predicted", "risk");

    private StrategyWords() {
    }

    static Optional<Decision> action(String word) {
        return Optional.ofNullable(ACTIONS.get(word));
    }

    static boolean isFlag(String word) {
        return FLAG_WORDS.contains(word);
    }

    static List<Map.Entry<List<String>, Comparison>> comparisonPhrases() {
        return PHRASES;
    }

    static Optional<Comparison> symbol(String symbol) {
        return Optional.ofNullable(SYMBOLS.get(symbol));
    }

    static boolean isConnector(String word) {
        return CONNECTORS.contains(word);
    }

    static boolean isFiller(String word) {
        return FILLERS.contains(word);
    }

    static boolean isEntity(String word) {
        return ENTITIES.contains(WordMatch.singular(word));
    }

    static boolean isUnit(String word) {
        return UNITS.contains(WordMatch.singular(word));
    }

    /** Whether these words, entities aside, name the model's score: "risk score", "fraud probability", "risk". */
    static boolean namesScore(List<String> words) {
        boolean named = false;
        for (String word : words) {
            if (SCORE_NAMES.contains(word)) {
                named = true;
            } else if (!SCORE_QUALIFIERS.contains(word) && !isEntity(word)) {
                return false;
            }
        }
        return named;
    }

    /** Whether a word says nothing of its own in a condition's subject: fillers, entities and units. */
    static boolean isKnownWithoutMeaning(String word) {
        return isFiller(word) || isEntity(word) || isUnit(word);
    }
}
