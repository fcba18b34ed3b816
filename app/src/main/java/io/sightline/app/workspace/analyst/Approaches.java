package io.sightline.app.workspace.analyst;

import io.sightline.engine.api.CandidateResult;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plain names for the engine's algorithms ("Logistic regression" rather than a trainer class). */
final class Approaches {
    /** Checked in order: the first key contained in the algorithm's name wins. */
    private static final List<Map.Entry<String, String>> NAMES = List.of(
            Map.entry("logistic", "Logistic regression"),
            Map.entry("xgboost", "Gradient-boosted trees"),
            Map.entry("boost", "Gradient-boosted trees"),
            Map.entry("forest", "Random forest"),
            Map.entry("regression tree", "Regression tree"),
            Map.entry("cart", "Decision tree"),
            Map.entry("tree", "Decision tree"),
            Map.entry("bayes", "Naive Bayes"),
            Map.entry("svm", "Support vector machine"),
            Map.entry("neighbo", "Nearest neighbours"),
            Map.entry("knn", "Nearest neighbours"),
            Map.entry("linear regression", "Linear regression"),
            Map.entry("linear", "Linear model"),
            Map.entry("sgd", "Linear model"));

    private Approaches() {
    }

    static String plainName(CandidateResult candidate) {
        String found = plainName(candidate.algorithm());
        return found != null ? found : plainName(candidate.name()) != null ? plainName(candidate.name())
                : candidate.name();
    }

    static String plainName(String algorithm) {
        if (algorithm == null) {
            return null;
        }
        String lower = algorithm.toLowerCase(Locale.ROOT);
        return NAMES.stream().filter(e -> lower.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
