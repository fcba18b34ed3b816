package io.sightline.app.workspace.scientist;

import io.sightline.engine.api.RunFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Completion for the runs filter: the name being typed at the end of the text ({@code metrics.a} →
 * {@code metrics.accuracy}, {@code metrics.auc}), from the experiment's fields. Names that the grammar cannot
 * read bare (spaces, dots, dashes) are offered quoted in back-ticks.
 */
final class FilterCompletion {
    static final int MAX_SUGGESTIONS = 12;
    private static final List<String> PREFIXES = List.of("metrics.", "params.", "tags.", "attributes.");

    private FilterCompletion() {
    }

    /** What the last word of {@code text} could be completed to, best first; empty when it is not a name. */
    static List<String> suggestions(String text, RunFields fields) {
        String word = lastWord(text);
        if (word.isEmpty() && !text.isBlank() && !endsWithJoiner(text)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        int dot = word.indexOf('.');
        if (dot < 0) {
            PREFIXES.stream().filter(p -> p.startsWith(word.toLowerCase(Locale.ROOT))).forEach(names::add);
        } else {
            String prefix = word.substring(0, dot + 1);
            String typed = word.substring(dot + 1).replace("`", "");
            List<String> keys = switch (prefix) {
                case "metrics." -> fields.metrics();
                case "params." -> fields.params();
                case "tags." -> fields.tags();
                case "attributes." -> fields.attributes();
                default -> List.of();
            };
            keys.stream().filter(k -> k.toLowerCase(Locale.ROOT).startsWith(typed.toLowerCase(Locale.ROOT)))
                    .map(k -> prefix + quoted(k)).filter(name -> !name.equals(word)).forEach(names::add);
        }
        return names.stream().limit(MAX_SUGGESTIONS).toList();
    }

    /** {@code text} with its last word replaced by {@code suggestion}. */
    static String complete(String text, String suggestion) {
        String word = lastWord(text);
        return text.substring(0, text.length() - word.length()) + suggestion;
    }

    private static String lastWord(String text) {
        int start = text.length();
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && "=<>!(".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return text.substring(start);
    }

    /** After "and " (or at the very start) a new clause, and so a name, begins. */
    private static boolean endsWithJoiner(String text) {
        return text.stripTrailing().toLowerCase(Locale.ROOT).endsWith(" and") && Character.isWhitespace(
                text.charAt(text.length() - 1));
    }

    /** A key as the grammar reads it: bare when it is a plain word, else in back-ticks. */
    static String quoted(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") ? key : "`" + key + "`";
    }
}
