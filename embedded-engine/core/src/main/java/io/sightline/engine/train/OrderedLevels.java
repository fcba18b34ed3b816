package io.sightline.engine.train;

import io.sightline.engine.data.Numbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Categories that are really numbers in order: value ranges ("40-49", "<10", "10 to 19", ">=7", "1<=X<4",
 * "65+") and ordinal words of a common scale ("low", "medium", "high"). A column whose every level is one of
 * these is better given to a model as one number — the range's middle, or the word's rank — than as unordered
 * 0/1 features, which hide that "40-49" lies between "30-39" and "50-59".
 */
final class OrderedLevels {
    private static final String NUMBER = "([-+]?\\d+(?:[.,]\\d+)?)";
    private static final Pattern BETWEEN = Pattern.compile(NUMBER + "\\s*(?:-|–|\\.\\.|to)\\s*" + NUMBER);
    private static final Pattern BELOW = Pattern.compile("(?:<|<=|≤|under|below|less than)\\s*" + NUMBER);
    private static final Pattern ABOVE = Pattern.compile("(?:>|>=|≥|over|above|more than)\\s*" + NUMBER);
    private static final Pattern AND_MORE = Pattern.compile(NUMBER + "\\s*(?:\\+|or more|and over|and above)");
    /** "1<=X<4", "0 <= x < 200": a range written as an inequality around a name. */
    private static final Pattern INEQUALITY = Pattern.compile(NUMBER + "\\s*<=?\\s*[a-z_]+\\s*<=?\\s*" + NUMBER);
    private static final Pattern PLAIN = Pattern.compile(NUMBER);

    /** Common ordinal scales, lowest first; a column is ordinal when all its levels fall in one scale. */
    private static final List<List<String>> SCALES = List.of(
            List.of("very low", "low", "medium", "high", "very high"),
            List.of("very low", "low", "moderate", "high", "very high"),
            List.of("low", "mid", "high"),
            List.of("very small", "small", "medium", "large", "very large"),
            List.of("xs", "s", "m", "l", "xl", "xxl"),
            List.of("very poor", "poor", "fair", "good", "very good", "excellent"),
            List.of("never", "rarely", "sometimes", "often", "always"),
            List.of("strongly disagree", "disagree", "neutral", "agree", "strongly agree"),
            List.of("none", "few", "some", "many", "all"));

    private OrderedLevels() {
    }

    /** A range's bounds; an open end is infinite. */
    private record Range(double low, double high) {
        boolean open() {
            return Double.isInfinite(low) || Double.isInfinite(high);
        }
    }

    /**
     * The number each of {@code levels} stands for, in the same order, or null when they are not all ranges (at
     * least one a real range or bound, not only plain numbers) nor all words of one ordinal scale. At least
     * three levels are needed: two are as well served by one 0/1 feature.
     */
    static double[] valuesOf(List<String> levels) {
        if (levels.size() < 3) {
            return null;
        }
        double[] ranges = rangeValues(levels);
        return ranges != null ? ranges : scaleRanks(levels);
    }

    private static double[] rangeValues(List<String> levels) {
        List<Range> ranges = new ArrayList<>(levels.size());
        boolean anyRange = false;
        for (String level : levels) {
            Range range = parse(level.strip().toLowerCase(Locale.ROOT));
            if (range == null) {
                return null;
            }
            anyRange |= range.low() != range.high();
            ranges.add(range);
        }
        if (!anyRange) {
            return null;
        }
        // an open end sits half a typical width beyond its bound
        double[] widths = ranges.stream().filter(r -> !r.open() && r.high() > r.low())
                .mapToDouble(r -> r.high() - r.low()).sorted().toArray();
        double half = widths.length == 0 ? 0.5 : widths[widths.length / 2] / 2;
        double[] values = new double[ranges.size()];
        for (int i = 0; i < values.length; i++) {
            Range r = ranges.get(i);
            values[i] = Double.isInfinite(r.low()) ? r.high() - half
                    : Double.isInfinite(r.high()) ? r.low() + half
                    : (r.low() + r.high()) / 2;
        }
        return values;
    }

    private static Range parse(String level) {
        Matcher m;
        if ((m = INEQUALITY.matcher(level)).matches() || (m = BETWEEN.matcher(level)).matches()) {
            double low = number(m.group(1));
            double high = number(m.group(2));
            return high >= low ? new Range(low, high) : null;
        }
        if ((m = BELOW.matcher(level)).matches()) {
            return new Range(Double.NEGATIVE_INFINITY, number(m.group(1)));
        }
        if ((m = ABOVE.matcher(level)).matches() || (m = AND_MORE.matcher(level)).matches()) {
            return new Range(number(m.group(1)), Double.POSITIVE_INFINITY);
        }
        if (PLAIN.matcher(level).matches()) {
            double value = number(level);
            return new Range(value, value);
        }
        return null;
    }

    private static double number(String text) {
        return Numbers.parse(text.replace(',', '.'));
    }

    private static double[] scaleRanks(List<String> levels) {
        for (List<String> scale : SCALES) {
            double[] ranks = new double[levels.size()];
            boolean all = true;
            for (int i = 0; i < ranks.length && all; i++) {
                ranks[i] = scale.indexOf(levels.get(i).strip().toLowerCase(Locale.ROOT).replace('_', ' '));
                all = ranks[i] >= 0;
            }
            if (all && Arrays.stream(ranks).distinct().count() == ranks.length) {
                return ranks;
            }
        }
        return null;
    }
}
