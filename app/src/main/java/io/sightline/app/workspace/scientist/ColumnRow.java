package io.sightline.app.workspace.scientist;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.CategoryCount;
import io.sightline.engine.api.ColumnProfile;
import java.util.ArrayList;
import java.util.List;

/** A column of a dataset as a line of the columns table: type in plain words, missing share, a summary. */
public record ColumnRow(ColumnProfile profile, String name, String type, String missing, String distinct,
        String summary) {
    private static final int SUMMARY_CATEGORIES = 3;

    static ColumnRow of(ColumnProfile profile) {
        return new ColumnRow(profile, profile.name(), profile.type().plainName(),
                Figures.percent(profile.missingFraction()), Figures.count(profile.distinct()), summary(profile));
    }

    /** Mean, spread and range for numbers; the most frequent values for anything else. */
    static String summary(ColumnProfile profile) {
        if (profile.mean() != null) {
            return "mean " + Figures.number(profile.mean()) + " · std " + Figures.number(profile.std())
                    + " · min " + Figures.number(profile.min()) + " · max " + Figures.number(profile.max());
        }
        List<String> top = new ArrayList<>();
        for (CategoryCount category : profile.topCategories().stream().limit(SUMMARY_CATEGORIES).toList()) {
            top.add(category.value() + " (" + Figures.count(category.count()) + ")");
        }
        return top.isEmpty() ? "" : "top: " + String.join(", ", top);
    }
}
