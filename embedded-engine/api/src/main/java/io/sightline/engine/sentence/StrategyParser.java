package io.sightline.engine.sentence;

import io.sightline.engine.sentence.SentenceTokens.Token;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.ModelSchema;
import io.sightline.engine.api.StrategyCondition;
import io.sightline.engine.api.Task;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a decision rule written as a sentence — "block electronics sellers with risk score above 0.85 when
 * their chargeback rate is over 2%" — against the model it will decide for:
 * <ul>
 * <li>an action: block, review or flag (flag sends the case to review, the engine's mildest decision);</li>
 * <li>clauses joined by "and", "when", "with", "if", "where", "whose", commas…, each one condition;</li>
 * <li>"risk score above/over/below/at least X" on the model's score (0 to 1; "85%" is 0.85);</li>
 * <li>"&lt;column words&gt; over/above/under/below X[%]" on an input column, matched word by word with room
 * for plurals, abbreviations and typing slips; a percentage becomes a fraction when the column's training
 * values run from 0 to 1;</li>
 * <li>words that are known values of a categorical input ("electronics", "gift cards") as that column equal
 * to the value, and "&lt;column&gt; is / is not &lt;value&gt;".</li>
 * </ul>
 * Words it does not understand are named back, never skipped; a column that several fit, a value that is not
 * one of a column's, or a missing action are said in a plain sentence.
 */
public final class StrategyParser {
    /** The field name of the model's score in a {@link StrategyCondition}. */
    public static final String SCORE = "score";

    private static final Map<Comparison, String> SAID = Map.of(Comparison.GREATER, "above",
            Comparison.GREATER_OR_EQUAL, "at least", Comparison.LESS, "below", Comparison.LESS_OR_EQUAL, "at most",
            Comparison.EQUAL, "equal to", Comparison.NOT_EQUAL, "not equal to");

    private final ModelSchema schema;
    private final ColumnMatcher columns;
    private final CategoryIndex categories;

    public StrategyParser(ModelSchema schema) {
        this.schema = Objects.requireNonNull(schema);
        this.columns = new ColumnMatcher(schema.inputs());
        this.categories = new CategoryIndex(schema.inputs());
    }

    // ---- the parts of a sentence once comparisons, actions and clause breaks are recognised

    private sealed interface Part permits Word, Num, Cmp, Act, Break {
    }

    private record Word(String text) implements Part {
    }

    private record Num(BigDecimal value, boolean percent, String raw) implements Part {
    }

    /** A comparison; a weak one ("is") compares only when nothing else in its clause does. */
    private record Cmp(Comparison comparison, String raw, boolean weak) implements Part {
    }

    private record Act(Decision decision, boolean flag, String raw) implements Part {
    }

    private record Break(boolean or) implements Part {
    }

    public ParsedStrategy parse(String sentence) {
        Reading reading = new Reading(sentence == null ? "" : sentence);
        if (reading.text.isBlank()) {
            reading.problems.add("Write the rule as a sentence, such as 'block electronics sellers with risk score"
                    + " above 0.85'.");
            return reading.result();
        }
        List<Part> parts = parts(SentenceTokens.of(reading.text));
        List<Part> clause = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Break cut) {
                reading.saidOr |= cut.or();
                read(clause, reading);
                clause = new ArrayList<>();
            } else {
                clause.add(part);
            }
        }
        read(clause, reading);
        reading.finish();
        return reading.result();
    }

    private static List<Part> parts(List<Token> tokens) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            switch (token.kind()) {
                case BREAK -> parts.add(new Break(false));
                case SYMBOL -> StrategyWords.symbol(token.text())
                        .ifPresent(c -> parts.add(new Cmp(c, token.text(), false)));
                case NUMBER -> {
                    int unitWords = percentWords(tokens, i + 1);
                    parts.add(new Num(token.number(), token.percent() || unitWords > 0, token.text()
                            + (unitWords > 0 ? " percent" : "")));
                    i += unitWords;
                }
                case WORD -> i += word(tokens, i, parts) - 1;
            }
            i++;
        }
        return parts;
    }

    /** How many words after a number say "percent": "percent", "pct" or "per cent". */
    private static int percentWords(List<Token> tokens, int at) {
        if (at < tokens.size() && (tokens.get(at).isWord("percent") || tokens.get(at).isWord("pct"))) {
            return 1;
        }
        if (at + 1 < tokens.size() && tokens.get(at).isWord("per") && tokens.get(at + 1).isWord("cent")) {
            return 2;
        }
        return 0;
    }

    /** Adds the part that the word at {@code at} starts; returns how many tokens it took. */
    private static int word(List<Token> tokens, int at, List<Part> parts) {
        String word = tokens.get(at).text();
        if (word.equals(StrategyWords.OR)) {
            parts.add(new Break(true));
            return 1;
        }
        if (StrategyWords.isConnector(word)) {
            parts.add(new Break(false));
            return 1;
        }
        for (Map.Entry<List<String>, Comparison> phrase : StrategyWords.comparisonPhrases()) {
            List<String> words = phrase.getKey();
            if (startsWith(tokens, at, words)) {
                parts.add(new Cmp(phrase.getValue(), String.join(" ", words), false));
                return words.size();
            }
        }
        if (StrategyWords.IS.contains(word)) {
            parts.add(new Cmp(Comparison.EQUAL, word, true));
            return 1;
        }
        var action = StrategyWords.action(word);
        if (action.isPresent()) {
            parts.add(new Act(action.get(), StrategyWords.isFlag(word), word));
        } else {
            parts.add(new Word(word));
        }
        return 1;
    }

    private static boolean startsWith(List<Token> tokens, int at, List<String> words) {
        if (at + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(at + k).isWord(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    // ---- one clause

    private void read(List<Part> clause, Reading reading) {
        List<Part> rest = new ArrayList<>();
        for (Part part : clause) {
            if (part instanceof Act act) {
                reading.act(act);
            } else {
                rest.add(part);
            }
        }
        List<Integer> strong = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i) instanceof Cmp cmp && !cmp.weak()) {
                strong.add(i);
            }
        }
        if (strong.size() > 1) {
            reading.problems.add("'" + raw(rest) + "' holds more than one comparison: write one per condition and"
                    + " join them with 'and'.");
            return;
        }
        int at = strong.isEmpty() ? weakComparison(rest) : strong.get(0);
        if (at >= 0) {
            compare(rest.subList(0, at), (Cmp) rest.get(at), rest.subList(at + 1, rest.size()), reading);
        } else {
            namedValues(rest, reading);
        }
    }

    /** The first "is" with a subject of its own before it and something after it, or -1. */
    private static int weakComparison(List<Part> parts) {
        for (int i = 0; i < parts.size() - 1; i++) {
            if (parts.get(i) instanceof Cmp cmp && cmp.weak()
                    && words(parts.subList(0, i)).stream().anyMatch(w -> !StrategyWords.isKnownWithoutMeaning(w))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A condition: subject words, a comparison, then a number (and perhaps a unit or more subject words) or words
     * naming a value. Words after the number help find the column; on the score they must add nothing.
     */
    private void compare(List<Part> before, Cmp cmp, List<Part> after, Reading reading) {
        List<String> subject = new ArrayList<>(meaningful(before, reading));
        List<String> trailing = new ArrayList<>();
        Num number = null;
        List<String> valueWords = new ArrayList<>();
        for (Part part : after) {
            if (part instanceof Num n && number == null && valueWords.isEmpty()) {
                number = n;
            } else if (part instanceof Num n) {
                reading.unknown.add(n.raw());
            } else if (part instanceof Word w && !StrategyWords.isFiller(w.text())) {
                (number == null ? valueWords : trailing).add(w.text());
            }
        }
        if (subject.isEmpty()) {
            subject.addAll(trailing);
            trailing.clear();
        }
        String said = number != null ? number.raw() : String.join(" ", valueWords);
        if (subject.isEmpty()) {
            reading.problems.add("Say what must be " + cmp.raw() + " " + said + ": the risk score or one of the"
                    + " model's input columns.");
        } else if (number == null && valueWords.isEmpty()) {
            reading.problems.add("Say a value after '" + cmp.raw() + "', such as a number.");
        } else if (StrategyWords.namesScore(subject)) {
            trailing.stream().filter(w -> !StrategyWords.isKnownWithoutMeaning(w)).forEach(reading.unknown::add);
            onScore(cmp.comparison(), number, said, reading);
        } else {
            subject.addAll(trailing);
            onColumn(subject, cmp.comparison(), number, valueWords, reading);
        }
    }

    private void onScore(Comparison comparison, Num number, String said, Reading reading) {
        if (schema.task() != Task.BINARY) {
            reading.problems.add("This model gives no risk score (it makes a " + schema.task().plainName()
                    .toLowerCase(java.util.Locale.ROOT) + "); write the condition on its input columns.");
            return;
        }
        if (number == null) {
            reading.problems.add("The risk score is a number from 0 to 1: compare it with a number such as 0.85,"
                    + " not '" + said + "'.");
            return;
        }
        BigDecimal value = number.percent() ? number.value().movePointLeft(2) : number.value();
        if (value.compareTo(BigDecimal.ONE) > 0) {
            reading.problems.add("The risk score runs from 0 to 1: write 0.85 or 85%, not " + number.raw() + ".");
            return;
        }
        reading.add(new StrategyCondition(SCORE, comparison, plain(value)),
                "risk score " + SAID.get(comparison) + " " + plain(value) + (number.percent() ? " (" + said + ")" : ""));
    }

    private void onColumn(List<String> subject, Comparison comparison, Num number, List<String> valueWords,
            Reading reading) {
        ColumnMatcher.Match match = columns.match(subject);
        String words = String.join(" ", subject);
        if (match.ambiguous()) {
            reading.problems.add("'" + words + "' could mean " + orList(match.candidates().stream()
                    .map(FieldSpec::name).toList()) + ": add a word that tells them apart.");
            return;
        }
        if (!match.found()) {
            reading.problems.add("No input column of the model matches '" + words + "'. Its inputs are: "
                    + String.join(", ", schema.inputs().stream().map(FieldSpec::name).toList()) + ".");
            return;
        }
        match.unmatched().stream().filter(w -> !StrategyWords.isKnownWithoutMeaning(w)).forEach(reading.unknown::add);
        FieldSpec column = match.column();
        if (column.type() == ColumnType.NUMERIC) {
            onNumber(column, comparison, number, valueWords, reading);
        } else if (column.type() == ColumnType.CATEGORICAL || column.type() == ColumnType.BOOLEAN) {
            onCategory(column, comparison, number, valueWords, reading);
        } else {
            reading.problems.add("Conditions on " + column.type().plainName().toLowerCase(java.util.Locale.ROOT)
                    + " columns such as '" + column.name() + "' are not supported.");
        }
    }

    private static void onNumber(FieldSpec column, Comparison comparison, Num number, List<String> valueWords,
            Reading reading) {
        if (number == null) {
            reading.problems.add("'" + column.name() + "' holds numbers: compare it with a number"
                    + (column.example() == null ? "" : ", such as " + column.example()) + ", not '"
                    + String.join(" ", valueWords) + "'.");
            return;
        }
        boolean fraction = number.percent() && fractionRange(column);
        BigDecimal value = fraction ? number.value().movePointLeft(2) : number.value();
        String note = number.percent() ? " (" + number.raw() + (fraction ? "" : ", read as " + plain(value)
                + " because its values run beyond 1") + ")" : "";
        reading.add(new StrategyCondition(column.name(), comparison, plain(value)),
                column.name() + " " + SAID.get(comparison) + " " + plain(value) + note);
    }

    /** Percentages are fractions unless the column's training values are known to run beyond 0..1. */
    private static boolean fractionRange(FieldSpec column) {
        if (column.min() == null || column.max() == null) {
            return true;
        }
        return column.min() >= 0 && column.max() <= 1;
    }

    private void onCategory(FieldSpec column, Comparison comparison, Num number, List<String> valueWords,
            Reading reading) {
        if (comparison != Comparison.EQUAL && comparison != Comparison.NOT_EQUAL) {
            reading.problems.add("'" + column.name() + "' holds categories (" + CategoryIndex.listOf(column)
                    + "): say which one with 'is' or 'is not'.");
            return;
        }
        List<String> words = number != null ? List.of(number.raw()) : valueWords;
        String value = categories.in(column, words);
        if (value == null) {
            reading.problems.add("'" + String.join(" ", words) + "' is not a value of " + column.name()
                    + "; its values are: " + CategoryIndex.listOf(column) + ".");
            return;
        }
        reading.add(new StrategyCondition(column.name(), comparison, value),
                column.name() + (comparison == Comparison.EQUAL ? " is " : " is not ") + value);
    }

    /** A clause without a comparison: known values of categorical inputs, and words that add nothing. */
    private void namedValues(List<Part> parts, Reading reading) {
        List<String> words = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Word w) {
                words.add(w.text());
            } else if (part instanceof Num n) {
                reading.unknown.add(n.raw());
            }
        }
        boolean[] used = new boolean[words.size()];
        List<FieldSpec> named = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (used[i] || StrategyWords.isFiller(words.get(i))) {
                continue;
            }
            CategoryIndex.Found found = categories.at(words, i);
            if (found == null) {
                continue;
            }
            CategoryIndex.Value value = pick(found, words, reading);
            if (value != null) {
                named.add(value.column());
                reading.add(new StrategyCondition(value.column().name(), Comparison.EQUAL, value.value()),
                        value.column().name() + " is " + value.value());
            }
            for (int k = i; k < i + found.length(); k++) {
                used[k] = true;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!used[i] && !StrategyWords.isKnownWithoutMeaning(word)
                    && named.stream().noneMatch(column -> ColumnMatcher.names(column, word))) {
                reading.unknown.add(word);
            }
        }
    }

    /** The value meant when a phrase is a value of several columns: the one whose column the clause names most. */
    private static CategoryIndex.Value pick(CategoryIndex.Found found, List<String> words, Reading reading) {
        if (!found.ambiguous()) {
            return found.values().get(0);
        }
        Map<CategoryIndex.Value, Long> naming = new java.util.LinkedHashMap<>();
        for (CategoryIndex.Value value : found.values()) {
            naming.put(value, words.stream().filter(w -> ColumnMatcher.names(value.column(), w)).count());
        }
        long most = naming.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<CategoryIndex.Value> named = naming.entrySet().stream().filter(e -> e.getValue() == most)
                .map(Map.Entry::getKey).toList();
        if (most > 0 && CategoryIndex.columnsOf(named).size() == 1) {
            return named.get(0);
        }
        List<String> columnNames = CategoryIndex.columnsOf(found.values()).stream().map(FieldSpec::name).toList();
        String phrase = String.join(" ", found.values().get(0).words());
        reading.problems.add("'" + phrase + "' is a value of " + orList(columnNames) + ": name the column, as in '"
                + columnNames.get(0) + " is " + found.values().get(0).value() + "'.");
        return null;
    }

    // ---- helpers

    private static List<String> words(List<Part> parts) {
        return parts.stream().filter(Word.class::isInstance).map(p -> ((Word) p).text()).toList();
    }

    /** The words of a subject without fillers; a number in a subject is not understood. */
    private static List<String> meaningful(List<Part> parts, Reading reading) {
        List<String> words = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Word w && !StrategyWords.isFiller(w.text())) {
                words.add(w.text());
            } else if (part instanceof Num n) {
                reading.unknown.add(n.raw());
            }
        }
        return words;
    }

    private static String raw(List<Part> parts) {
        List<String> texts = new ArrayList<>();
        for (Part part : parts) {
            switch (part) {
                case Word w -> texts.add(w.text());
                case Num n -> texts.add(n.raw());
                case Cmp c -> texts.add(c.raw());
                case Act a -> texts.add(a.raw());
                case Break b -> texts.add(",");
            }
        }
        return String.join(" ", texts);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String orList(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** What has been understood so far, and what stands in the way. */
    private static final class Reading {
        final String text;
        final List<StrategyCondition> conditions = new ArrayList<>();
        final List<String> readings = new ArrayList<>();
        final Set<String> unknown = new LinkedHashSet<>();
        final List<String> problems = new ArrayList<>();
        final Set<Decision> actions = new LinkedHashSet<>();
        final List<String> actionWords = new ArrayList<>();
        boolean flag;
        boolean saidOr;

        Reading(String text) {
            this.text = text;
        }

        void act(Act act) {
            actions.add(act.decision());
            actionWords.add(act.raw());
            flag |= act.flag();
        }

        void add(StrategyCondition condition, String reading) {
            conditions.add(condition);
            readings.add(reading);
        }

        void finish() {
            if (saidOr) {
                problems.add("Every condition of a rule must hold, so 'or' cannot be used: write one rule for each"
                        + " alternative.");
            }
            if (actions.size() > 1) {
                problems.add("Say one action: the sentence says " + String.join(" and ", actionWords) + ".");
            } else if (actions.isEmpty()) {
                problems.add("Say what to do with the cases that match: block, review or flag.");
            }
            sameColumnTwice();
            if (conditions.isEmpty() && problems.isEmpty() && unknown.isEmpty()) {
                problems.add("Say when the rule applies, such as 'risk score above 0.85'.");
            }
        }

        /** "electronics fashion sellers" asks for a case in two categories at once: it can never match. */
        private void sameColumnTwice() {
            Map<String, List<String>> equal = new java.util.LinkedHashMap<>();
            for (StrategyCondition c : conditions) {
                if (c.comparison() == Comparison.EQUAL && !c.field().equals(SCORE)) {
                    equal.computeIfAbsent(c.field(), k -> new ArrayList<>()).add(c.value());
                }
            }
            equal.forEach((field, values) -> {
                if (values.stream().distinct().count() > 1) {
                    problems.add("A case has one " + field + ", so " + String.join(" and ", values) + " cannot"
                            + " both hold: write one rule for each.");
                }
            });
        }

        ParsedStrategy result() {
            Decision action = actions.size() == 1 ? actions.iterator().next() : null;
            String actionReading = action == null ? "" : flag ? "Flag for review"
                    : action == Decision.BLOCK ? "Block" : "Send to review";
            return new ParsedStrategy(text, action, actionReading, conditions, readings, List.copyOf(unknown),
                    problems);
        }
    }
}
