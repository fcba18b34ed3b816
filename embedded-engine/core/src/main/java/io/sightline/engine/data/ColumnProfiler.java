package io.sightline.engine.data;

import io.sightline.engine.api.CategoryCount;
import io.sightline.engine.api.ColumnProfile;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.DataIssue;
import io.sightline.engine.api.Histogram;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Infers the type of one column and profiles it while its cells stream past, in bounded memory.
 *
 * <p>A column stays numeric while every value it has seen is a number; until then it keeps exact streaming
 * statistics (count, min, max, Welford's mean and variance), a seeded reservoir sample of
 * {@value #SAMPLE_SIZE} values for quantiles, a running histogram and exact value counts. The first value that
 * is not a number turns it into a text column: from then on it keeps value counts and the evidence for the
 * other types (yes/no words, dates, UUIDs, lengths and spaces).
 */
final class ColumnProfiler {
    static final int SAMPLE_SIZE = 20_000;
    static final int HISTOGRAM_BINS = 20;
    static final int TOP_CATEGORIES = 50;
    /** Identifier-looking columns with fewer values than this are more likely small categorical samples. */
    private static final int IDENTIFIER_MIN_VALUES = 20;
    private static final Pattern ID_NAME = Pattern.compile(
            "(?i)(id|uuid|guid|key|index)|.*[ _.-](id|uuid|guid|key)|.*[a-z0-9](Id|ID|Uuid|UUID|Key)");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Map<String, Integer> YES_NO_WORDS = yesNoWords();

    private final String name;
    private long count;
    private long missing;
    private long characters;

    private boolean numeric = true;
    private boolean integers = true;
    private long numbers;
    private double mean;
    private double squares;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private NumberSample sample;
    private RunningHistogram histogram;
    private NumberCounts numberCounts = new NumberCounts();

    private ValueCounts texts;
    private long numbersAmongTexts;
    private String firstNonNumber;
    private long firstNonNumberLine;
    private boolean yesNo = true;
    private int yesNoPair = -1;
    private int dateOrders = DateTimes.DAY_FIRST_READABLE | DateTimes.MONTH_FIRST_READABLE;
    private boolean uuids = true;
    private long withSpaces;

    ColumnProfiler(String name, long seed) {
        this.name = name;
        this.sample = new NumberSample(SAMPLE_SIZE, seed);
    }

    String name() {
        return name;
    }

    /**
     * Takes the cell {@code b[from, to)} of the row on {@code line}; surrounding spaces are ignored.
     * {@code plainNumber} is its value when the parser has already read it as a plain decimal, else NaN.
     */
    void accept(byte[] b, int from, int to, long line, double plainNumber) {
        if (numeric && plainNumber == plainNumber) {
            // the parser already read it: not blank, not missing, no spaces to trim
            count++;
            characters += to - from;
            addNumber(plainNumber, b, from, to);
            return;
        }
        int start = CellText.trimStart(b, from, to);
        int end = CellText.trimEnd(b, start, to);
        if (CellText.isMissing(b, start, end)) {
            missing++;
            return;
        }
        count++;
        characters += end - start;
        if (numeric) {
            double value = Numbers.parse(b, start, end);
            if (value == value) {
                addNumber(value, b, start, end);
                return;
            }
            leaveNumbers(new String(b, start, end - start, StandardCharsets.UTF_8), line);
        }
        addText(b, start, end);
    }

    /** Takes the cells of column {@code column} of {@code batch}, in order, as {@link #accept} would one by one. */
    void accept(RecordBatch batch, int column) {
        byte[] b = batch.bytes();
        int[] starts = batch.starts();
        int[] ends = batch.ends();
        double[] numbers = batch.numbers();
        long[] lines = batch.lines();
        int from = column * batch.capacity();
        int to = from + batch.rows();
        int at = from;
        while (at < to) {
            if (numeric && histogram != null) {
                // the sample is full: it needs only the few values it will keep, so it takes a run of plain
                // numbers at once
                int run = at;
                for (double value; at < to && (value = numbers[at]) == value; at++) {
                    count++;
                    characters += ends[at] - starts[at];
                    addToStatistics(value, b, starts[at], ends[at]);
                }
                sample.addAll(numbers, run, at);
                if (at == to) {
                    break;
                }
            }
            double value = numbers[at];
            if (numeric && value == value) {
                count++;
                characters += ends[at] - starts[at];
                addNumber(value, b, starts[at], ends[at]);
            } else {
                accept(b, starts[at], ends[at], lines[at - from], value);
            }
            at++;
        }
    }

    private void addNumber(double value, byte[] b, int from, int to) {
        addToStatistics(value, b, from, to);
        sample.add(value);
        if (histogram == null && sample.isFull()) {
            // from here on the sample no longer holds every value: count the rest in a running histogram
            histogram = new RunningHistogram(min, max);
            for (double kept : sample.sorted()) {
                histogram.add(kept);
            }
        }
    }

    /** Everything a number adds to but the sample. */
    private void addToStatistics(double value, byte[] b, int from, int to) {
        numbers++;
        double delta = value - mean;
        mean += delta / numbers;
        squares += delta * (value - mean);
        if (value < min) {
            min = value;
        }
        if (value > max) {
            max = value;
        }
        if (integers && value != Math.rint(value)) {
            integers = false;
        }
        if (histogram != null) {
            histogram.add(value);
        }
        numberCounts.add(value, b, from, to);
    }

    private void leaveNumbers(String value, long line) {
        numeric = false;
        firstNonNumber = value;
        firstNonNumberLine = line;
        numbersAmongTexts = numbers;
        texts = new ValueCounts();
        texts.addAll(numberCounts);
        numberCounts = null;
        sample = null;
        histogram = null;
        if (numbers > 0) {
            // numbers are not yes/no words, dates or UUIDs
            yesNo = false;
            dateOrders = 0;
            uuids = false;
        }
    }

    private void addText(byte[] b, int from, int to) {
        String value = new String(b, from, to - from, StandardCharsets.UTF_8);
        texts.add(value);
        double asNumber = Numbers.parse(b, from, to);
        if (asNumber == asNumber) {
            numbersAmongTexts++;
        }
        if (value.indexOf(' ') >= 0) {
            withSpaces++;
        }
        if (yesNo) {
            Integer pair = YES_NO_WORDS.get(value.toLowerCase(Locale.ROOT));
            yesNo = pair != null && (yesNoPair < 0 || yesNoPair == pair);
            yesNoPair = pair == null ? -1 : pair;
        }
        if (dateOrders != 0) {
            dateOrders &= DateTimes.readableOrders(value);
        }
        if (uuids) {
            uuids = value.length() == 36 && UUID.matcher(value).matches();
        }
    }

    /** The type the values point to; see {@link CsvImporter} for the rules. */
    ColumnType type() {
        if (count == 0) {
            return ColumnType.CATEGORICAL;
        }
        if (numeric) {
            boolean identifier = integers && numberCounts.allDistinct() && count >= IDENTIFIER_MIN_VALUES
                    && ID_NAME.matcher(name).matches();
            return identifier ? ColumnType.IDENTIFIER : ColumnType.NUMERIC;
        }
        if (yesNo) {
            return ColumnType.BOOLEAN;
        }
        if (dateOrders != 0) {
            return ColumnType.DATETIME;
        }
        if (uuids) {
            return ColumnType.IDENTIFIER;
        }
        if ((double) characters / count > 30 && withSpaces * 2 >= count && texts.distinct() * 2 >= count) {
            return ColumnType.TEXT;
        }
        if (texts.allDistinct() && count >= IDENTIFIER_MIN_VALUES && !isMostlyNumbers()) {
            return ColumnType.IDENTIFIER;
        }
        return ColumnType.CATEGORICAL;
    }

    long distinct() {
        return numeric ? numberCounts.distinct() : texts.distinct();
    }

    /** The profile of the column as read so far. */
    ColumnProfile profile() {
        ColumnType type = type();
        if (type != ColumnType.NUMERIC) {
            return new ColumnProfile(name, type, count, missing, distinct(), null, null, null, null, Map.of(),
                    topCategories(), null);
        }
        double[] sorted = sample.sorted();
        Map<String, Double> quantiles = new LinkedHashMap<>();
        for (int p : new int[] {5, 25, 50, 75, 95}) {
            quantiles.put("p" + p, NumberSample.quantile(sorted, p / 100.0));
        }
        Histogram bins = sample.isComplete()
                ? RunningHistogram.exact(sorted, min, max, HISTOGRAM_BINS)
                : histogram.toHistogram(min, max, HISTOGRAM_BINS);
        double std = numbers > 1 ? Math.sqrt(squares / (numbers - 1)) : 0.0;
        List<CategoryCount> top = numberCounts.distinct() <= TOP_CATEGORIES ? topCategories() : List.of();
        return new ColumnProfile(name, type, count, missing, distinct(), min, max, mean, std, quantiles, top, bins);
    }

    private List<CategoryCount> topCategories() {
        if (numeric) {
            ValueCounts counts = new ValueCounts();
            counts.addAll(numberCounts);
            return counts.top(TOP_CATEGORIES);
        }
        return texts.top(TOP_CATEGORIES);
    }

    /** What a person should know about this column before training. */
    List<DataIssue> issues(ColumnProfile profile) {
        List<DataIssue> issues = new ArrayList<>();
        long rows = count + missing;
        if (count == 0) {
            issues.add(DataIssue.warning(name, "'" + name + "' is empty in every row; it cannot help a model."));
            return issues;
        }
        if (profile.missingFraction() > 0.5) {
            issues.add(DataIssue.warning(name, String.format(Locale.ROOT,
                    "'%s' is empty in %d of %d rows (%.0f %%); a model will learn little from it.",
                    name, missing, rows, 100 * profile.missingFraction())));
        }
        if (profile.distinct() == 1) {
            issues.add(DataIssue.warning(name, "'" + name + "' has the same value in every row"
                    + (missing > 0 ? " that has one" : "") + "; it tells a model nothing."));
        }
        switch (profile.type()) {
            case IDENTIFIER -> issues.add(DataIssue.warning(name, "'" + name + "' looks like an identifier ("
                    + (uuids && !numeric ? "its values are UUIDs" : "every value is different")
                    + "); it will not be used as a model input."));
            case TEXT -> issues.add(DataIssue.note(name, "'" + name + "' holds free text; it will not be used as a"
                    + " model input."));
            case DATETIME -> issues.add(DataIssue.note(name, "'" + name + "' holds dates; models will use them as"
                    + " a number (seconds since 1970)."));
            default -> {
                // numbers, categories and yes/no need no remark
            }
        }
        long nonNumbers = count - numbersAmongTexts;
        if (isMostlyNumbers()) {
            issues.add(DataIssue.warning(name, "'" + name + "' holds numbers except for " + nonNumbers
                    + (nonNumbers == 1 ? " value" : " values") + " such as '" + firstNonNumber + "' (line "
                    + firstNonNumberLine + "), so it is read as categories. If such values mean 'unknown',"
                    + " leave those cells empty."));
        }
        return issues;
    }

    /** Numbers with a few other values: probably numbers with typos or markers, not identifiers. */
    private boolean isMostlyNumbers() {
        return !numeric && numbersAmongTexts >= 0.9 * count;
    }

    private static Map<String, Integer> yesNoWords() {
        String[][] pairs = {{"true", "false"}, {"yes", "no"}, {"y", "n"}, {"t", "f"}};
        Map<String, Integer> words = new java.util.HashMap<>();
        for (int pair = 0; pair < pairs.length; pair++) {
            for (String word : pairs[pair]) {
                words.put(word, pair);
            }
        }
        return Map.copyOf(words);
    }
}
