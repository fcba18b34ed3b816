package io.sightline.app.workspace.mlops;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.FeatureDrift;

/** One input's drift as the table shows it: the test that decides, its score against the threshold, the verdict. */
public record DriftRow(FeatureDrift drift) {

    public String column() {
        return drift.column();
    }

    /** The distance shown for every column: normalised Wasserstein for numbers, Jensen–Shannon for categories. */
    public String distance() {
        Double distance = drift.numeric() ? drift.wassersteinNormed() : drift.jensenShannon();
        return Figures.number(distance);
    }

    public String test() {
        return switch (drift.method()) {
            case "ks" -> "Kolmogorov–Smirnov p-value";
            case "chisquare" -> "Chi-square p-value";
            case "wasserstein" -> "Wasserstein distance";
            case "jensenshannon" -> "Jensen–Shannon distance";
            default -> drift.method();
        };
    }

    public String score() {
        return Figures.number(drift.score()) + " (threshold " + Figures.number(drift.threshold()) + ")";
    }

    public String verdict() {
        return drift.drifted() ? "Drifts" : "Stable";
    }

    public String missing() {
        return Figures.percent(drift.referenceMissing()) + " → " + Figures.percent(drift.currentMissing());
    }
}
