package io.sightline.engine.data;

import io.sightline.engine.api.CategoryCount;
import io.sightline.engine.api.ColumnProfile;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.DataIssue;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.TargetAnalysis;
import io.sightline.engine.api.Task;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Says what training on a target column would mean: the task, the classes, and what stands in the way.
 *
 * <p>The task: yes/no columns and columns with two distinct values are BINARY; numeric columns with more than
 * {@value #MAX_INTEGER_CLASSES} distinct values or with fractions are REGRESSION; anything else with three or
 * more values is MULTICLASS. The task is null only when there is nothing to detect it from: the column does
 * not exist, or it is empty in every row.
 */
public final class TargetAnalyzer {
    /** Whole-number columns with at most this many values are classes, not quantities. */
    public static final int MAX_INTEGER_CLASSES = 10;
    /** More classes than this are not outcomes but identifiers or free text. */
    public static final int MAX_CLASSES = 50;
    static final int MIN_CLASS_ROWS = 5;
    static final int MIN_TRAINING_ROWS = 50;

    /**
     * Analyses {@code target} among the profiled {@code columns} of a dataset of {@code rows} rows, with the
     * column types of {@code overrides} where given.
     */
    public TargetAnalysis analyze(List<ColumnProfile> columns, long rows, String target,
            Map<String, ColumnType> overrides) {
        ColumnProfile profile = columns.stream().filter(c -> c.name().equals(target)).findFirst().orElse(null);
        if (profile == null) {
            return new TargetAnalysis(target, null, List.of(), List.of(DataIssue.blocker(target, "There is no column"
                    + " called '" + target + "' in this dataset. Choose one of its columns as the target.")));
        }
        if (profile.count() == 0) {
            return new TargetAnalysis(target, null, List.of(), List.of(DataIssue.blocker(target, "'" + target
                    + "' is empty in every row, so there is nothing to learn to predict. Choose another column.")));
        }
        ColumnType type = overrides == null ? profile.type() : overrides.getOrDefault(target, profile.type());
        List<DataIssue> problems = new ArrayList<>();
        Task task = taskFor(type, profile.distinct(), allWholeNumbers(profile.topCategories()));
        List<CategoryCount> classes = task.isClassification() ? profile.topCategories() : List.of();
        switch (type) {
            case IDENTIFIER -> problems.add(DataIssue.blocker(target, "'" + target + "' looks like an identifier"
                    + " (every value is different) and cannot be predicted. Choose the column that holds the outcome"
                    + " you want to predict."));
            case TEXT -> problems.add(DataIssue.blocker(target, "'" + target + "' holds free text, which cannot be"
                    + " predicted. Choose the column that holds the outcome you want to predict."));
            case DATETIME -> problems.add(DataIssue.blocker(target, "'" + target + "' holds dates; predicting a"
                    + " date is not supported. Choose another column."));
            default -> {
                // the values decide
            }
        }
        if (profile.distinct() == 1) {
            String value = profile.topCategories().isEmpty() ? "" : " ('" + profile.topCategories().get(0).value() + "')";
            problems.add(DataIssue.blocker(target, "'" + target + "' has the same value" + value + " in every row,"
                    + " so there is only one class and nothing to learn. Choose another column, or add rows with"
                    + " other outcomes."));
        } else if (task.isClassification() && profile.distinct() > MAX_CLASSES && type.isModelInput()) {
            problems.add(DataIssue.blocker(target, "'" + target + "' has " + profile.distinct() + " different values;"
                    + " it looks like an identifier or free text, not an outcome. Choose another column."));
        }
        if (profile.missing() > 0) {
            problems.add(DataIssue.warning(target, profile.missing() + " of " + rows + " rows have no value in '"
                    + target + "'; they will be left out of training."));
        }
        if (task.isClassification() && profile.distinct() <= MAX_CLASSES) {
            for (CategoryCount c : classes) {
                if (c.count() < MIN_CLASS_ROWS) {
                    problems.add(DataIssue.warning(target, "Class '" + c.value() + "' of '" + target + "' has only "
                            + c.count() + (c.count() == 1 ? " row" : " rows") + "; a model can hardly learn it."
                            + " Add examples of it or merge it with a similar class."));
                }
            }
        }
        if (profile.count() < MIN_TRAINING_ROWS) {
            problems.add(DataIssue.warning(target, "Only " + profile.count() + " rows have a value in '" + target
                    + "'; a model learnt from fewer than " + MIN_TRAINING_ROWS + " rows will be unreliable."));
        }
        return new TargetAnalysis(target, task, classes, problems);
    }

    /**
     * The task of predicting the column of a table, by the same rule as {@link #analyze}.
     *
     * @throws PlatformException when the column has fewer than two distinct values
     */
    public static Task detectTask(Column target) {
        Set<Object> values = new HashSet<>();
        boolean wholeNumbers = true;
        boolean numeric = target.type() == ColumnType.NUMERIC;
        for (int row = 0; row < target.size(); row++) {
            if (numeric) {
                double value = target.number(row);
                if (!Double.isNaN(value)) {
                    values.add(value + 0.0);
                    wholeNumbers &= value == Math.rint(value);
                }
            } else if (!target.isMissing(row)) {
                values.add(target.value(row));
            }
        }
        if (values.size() < 2) {
            throw PlatformException.invalid("'" + target.name() + "' has " + (values.isEmpty() ? "no values"
                    : "only one value") + ", so there is nothing to predict. Choose another target column.");
        }
        return taskFor(target.type(), values.size(), wholeNumbers);
    }

    static Task taskFor(ColumnType type, long distinct, boolean wholeNumbers) {
        if (type == ColumnType.BOOLEAN || distinct == 2) {
            return Task.BINARY;
        }
        if (type == ColumnType.NUMERIC && (distinct > MAX_INTEGER_CLASSES || !wholeNumbers)) {
            return Task.REGRESSION;
        }
        return Task.MULTICLASS;
    }

    /** Whether every listed value is a whole number (the profile lists all values of small numeric columns). */
    private static boolean allWholeNumbers(List<CategoryCount> values) {
        for (CategoryCount c : values) {
            double value = Numbers.parse(c.value());
            if (Double.isNaN(value) || value != Math.rint(value)) {
                return false;
            }
        }
        return !values.isEmpty();
    }
}
