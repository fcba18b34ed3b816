package io.sightline.app.workspace.analyst;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.CandidateResult;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** One approach the engine tried, in words: its plain name, how well it did, and how long it took. */
public record LeaderboardRow(String approach, String score, String time, String note) {

    static LeaderboardRow of(CandidateResult candidate) {
        String score = scored(candidate) ? score(candidate.metric(), candidate.cvScore()) : "—";
        String reason = blank(candidate.note()) ? "" : candidate.note();
        String note = candidate.ok() ? reason : candidate.status() + (reason.isEmpty() ? "" : ": " + reason);
        return new LeaderboardRow(Approaches.plainName(candidate), score,
                Figures.duration(candidate.trainMillis()), note);
    }

    /** Best first; those without a score (failed, out of time, no probabilities) last, in the order they came. */
    static List<LeaderboardRow> ranked(List<CandidateResult> candidates) {
        Comparator<CandidateResult> byScore = (a, b) -> a.higherIsBetter()
                ? Double.compare(b.cvScore(), a.cvScore()) : Double.compare(a.cvScore(), b.cvScore());
        Comparator<CandidateResult> order = Comparator.comparing((CandidateResult c) -> !scored(c))
                .thenComparing((a, b) -> scored(a) && scored(b) ? byScore.compare(a, b) : 0);
        return candidates.stream().sorted(order).map(LeaderboardRow::of).toList();
    }

    /** The cross-validated score said so that a reader can tell better from worse. */
    static String score(String metric, double value) {
        String name = metric == null ? "" : metric.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "accuracy" -> Math.round(value * 100) + "% right";
            // AUC is the chance that a random case of one answer is ranked above a random case of the other.
            case "auc" -> String.format(Locale.ENGLISH, "ranks a pair right %d%% of the time (AUC %.2f)",
                    Math.round(value * 100), value);
            case "f1" -> String.format(Locale.ENGLISH, "%.2f F1", value);
            case "r2" -> String.format(Locale.ENGLISH, "%.2f R²", value);
            case "rmse", "mae" -> "off by " + Figures.significant(value) + " (" + metric.toUpperCase(Locale.ROOT) + ")";
            default -> Figures.significant(value) + " " + metric;
        };
    }

    private static boolean scored(CandidateResult candidate) {
        return candidate.ok() && Double.isFinite(candidate.cvScore());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
