package io.sightline.engine.sentence;

import io.sightline.engine.api.Decision;
import io.sightline.engine.api.StrategyCondition;
import io.sightline.engine.api.StrategySpec;
import java.util.ArrayList;
import java.util.List;

/**
 * What a sentence was understood to say: the action and the conditions, each read back in plain words for the
 * user to confirm, and — when it cannot be used as it is — the words that were not understood and the other
 * problems, in plain sentences. Only a sentence with neither becomes a {@link StrategySpec}.
 */
public record ParsedStrategy(
        String text,
        Decision action,
        String actionReading,
        List<StrategyCondition> conditions,
        List<String> readings,
        List<String> unknownWords,
        List<String> problems) {

    static final int MAX_NAME = 120;

    public ParsedStrategy {
        conditions = List.copyOf(conditions);
        readings = List.copyOf(readings);
        unknownWords = List.copyOf(unknownWords);
        problems = List.copyOf(problems);
    }

    /** Whether the rule was fully understood and can be back-tested, saved and enabled. */
    public boolean understood() {
        return unknownWords.isEmpty() && problems.isEmpty() && action != null && !conditions.isEmpty();
    }

    /** The rule as the engine takes it; only for an understood sentence. */
    public StrategySpec spec() {
        return spec(null);
    }

    /** The rule as the engine takes it, under {@code chosenName} unless that is blank; only when understood. */
    public StrategySpec spec(String chosenName) {
        if (!understood()) {
            throw new IllegalStateException("The sentence was not understood: " + message());
        }
        String named = chosenName == null || chosenName.isBlank() ? name() : chosenName.strip();
        return new StrategySpec(named, text.strip(), conditions, action);
    }

    /** A short name: the action and the conditions, as read back. */
    public String name() {
        String name = actionReading + " when " + String.join(" and ", readings);
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…";
    }

    /** Everything that stands in the way, in plain words; empty when the rule was understood. */
    public String message() {
        List<String> sentences = new ArrayList<>();
        if (!unknownWords.isEmpty()) {
            sentences.add((unknownWords.size() == 1 ? "I did not understand the word " : "I did not understand the words ")
                    + quoted(unknownWords) + ". Rephrase with the model's column names and values, the risk score, "
                    + "and words such as above, below, at least, and.");
        }
        sentences.addAll(problems);
        return String.join(" ", sentences);
    }

    private static String quoted(List<String> words) {
        List<String> quoted = words.stream().map(w -> "'" + w + "'").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }
}
