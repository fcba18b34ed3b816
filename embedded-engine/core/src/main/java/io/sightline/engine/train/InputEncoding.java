package io.sightline.engine.train;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.data.DateTimes;
import io.sightline.engine.data.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * How one source column becomes model features, with everything learned from the training rows.
 * Numbers and dates (seconds since 1970, read day or month first as the training column was): the value (imputed with the training median, optionally standardised with
 * {@code center}/{@code scale}) plus a 0/1 missing indicator when the training rows had gaps. Categories:
 * one 0/1 feature per kept level ("col=value"), rare levels and the rarest beyond the cap grouped as
 * "col=(other)"; a missing cell counts as the most frequent level and an unseen one sets no feature. Categories
 * whose levels stand for numbers ({@code levelValues}: ordered ranges and ordinal words, or, when
 * {@code targetEncoded}, the smoothed mean of the target per level of a column with too many levels) are one
 * feature instead: the level's number (missing or unseen: {@code fill}), standardised like a number.
 */
record InputEncoding(
        String column,
        ColumnType type,
        double fill,
        double center,
        double scale,
        boolean missingIndicator,
        List<String> levels,
        boolean otherLevel,
        String mostFrequent,
        Double min,
        Double max,
        String example,
        DateTimes.Order dateOrder,
        List<Double> levelValues,
        boolean targetEncoded) {

    static final String OTHER = "(other)";
    static final String MISSING_SUFFIX = "#missing";

    InputEncoding {
        levels = levels == null ? List.of() : List.copyOf(levels);
        levelValues = levelValues == null ? null : List.copyOf(levelValues);
    }

    /** A number or date (or an imported model's input). */
    static InputEncoding number(String column, ColumnType type, double fill, double center, double scale,
                                boolean missingIndicator, Double min, Double max, String example,
                                DateTimes.Order dateOrder) {
        return new InputEncoding(column, type, fill, center, scale, missingIndicator, null, false, null, min, max,
                example, dateOrder, null, false);
    }

    /** Whether this category is one number per level rather than a 0/1 feature per level. */
    boolean numberPerLevel() {
        return categorical() && levelValues != null;
    }

    boolean categorical() {
        return type == ColumnType.CATEGORICAL || type == ColumnType.BOOLEAN;
    }

    int width() {
        if (numberPerLevel()) {
            return 1;
        }
        return categorical() ? levels.size() + (otherLevel ? 1 : 0) : 1 + (missingIndicator ? 1 : 0);
    }

    List<String> featureNames() {
        List<String> names = new ArrayList<>(width());
        if (numberPerLevel()) {
            names.add(column);
        } else if (categorical()) {
            levels.forEach(level -> names.add(column + "=" + level));
            if (otherLevel) {
                names.add(column + "=" + OTHER);
            }
        } else {
            names.add(column);
            if (missingIndicator) {
                names.add(column + MISSING_SUFFIX);
            }
        }
        return names;
    }

    /** The position among {@link #levels()} that a missing cell takes (its most frequent level), or -1. */
    int missingLevel() {
        return mostFrequent == null ? -1 : levels.indexOf(mostFrequent);
    }

    /**
     * Writes this number's (or date's) features for {@code cell} (null or blank: missing) at {@code out[at..]}.
     * When {@code strict}, a cell that is not a number (or date) is refused in plain words; else it counts as
     * missing. Categories are written by {@link EncodingPlan}, which looks levels up by hash.
     */
    void writeNumber(String cell, double[] out, int at, boolean strict) {
        boolean missing = cell == null || cell.isBlank();
        double value = missing ? Double.NaN : parse(cell);
        if (!missing && Double.isNaN(value) && strict) {
            throw PlatformException.invalid(type == ColumnType.DATETIME
                    ? "'" + column + "' must be a date such as " + (dateOrder == DateTimes.Order.MONTH_FIRST
                            ? "03/31/2024" : "2024-03-31 or 31/03/2024") + "; got '" + cell + "'"
                    : "'" + column + "' must be a number; got '" + cell + "'");
        }
        boolean gap = Double.isNaN(value);
        out[at] = ((gap ? fill : value) - center) / scale;
        if (missingIndicator) {
            out[at + 1] = gap ? 1.0 : 0.0;
        }
    }

    double parse(String cell) {
        return type == ColumnType.DATETIME
                ? DateTimes.epochSeconds(cell, dateOrder == null ? DateTimes.Order.DAY_FIRST : dateOrder)
                : Numbers.parse(cell);
    }

    FieldSpec fieldSpec() {
        return new FieldSpec(column, type, levels, min, max, example);
    }
}
