package io.sightline.app.workspace.mlops;

import io.sightline.engine.api.CategoryCount;
import io.sightline.engine.api.Histogram;
import java.util.List;

/**
 * One input's values side by side: the reference (the training data's profile) and the current ones (the
 * logged predictions of the window), binned alike — the reference's bins for numbers, its most frequent values
 * first for categories. {@code currentCaption} says how many current rows were counted.
 */
public record ColumnComparison(String column, Histogram reference, List<CategoryCount> referenceCategories,
                               Histogram current, List<CategoryCount> currentCategories, String currentCaption) {
}
