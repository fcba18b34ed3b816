package io.sightline.app.workspace.analyst;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.CandidateResult;
import io.sightline.engine.api.Evaluation;
import io.sightline.engine.api.FeatureImportance;
import io.sightline.engine.api.RunInfo;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 3: how good the trained model is, in words and pictures, every figure taken from the recorded run:
 * the traffic light ({@link ModelVerdict}), the sentence against guessing ({@link ResultWording}), the
 * confusion matrix of the held-out rows, the most influential columns and the approaches tried.
 */
public final class ResultsViewModel {
    /** How many influential columns to show: enough to explain, few enough to read. */
    static final int TOP_INFLUENCES = 8;

    /** The confusion matrix of the test rows (rows: actual, columns: predicted). */
    public record Confusion(List<String> labels, List<List<Long>> counts) {
    }

    /** A column and its share of the model's attention; {@code relative} is 1 for the strongest. */
    public record Influence(String column, double share, double relative) {
    }

    private final ReadOnlyObjectWrapper<RunInfo> run = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<RunInfo> runProperty() {
        return run.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper rule = new ReadOnlyStringWrapper("");

    /** The thresholds behind the traffic light, in one line. */
    public ReadOnlyStringProperty ruleProperty() {
        return rule.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper("");

    /** "Right 8 times out of 10 — guessing … 7 times out of 10." */
    public ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper decision = new ReadOnlyStringWrapper("");

    /** For a yes/no model, how often it says yes and from what certainty; empty otherwise. */
    public ReadOnlyStringProperty decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper testRows = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty testRowsProperty() {
        return testRows.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper approach = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty approachProperty() {
        return approach.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Confusion> confusion = new ReadOnlyObjectWrapper<>();

    /** Null for number predictions, which have no confusion matrix. */
    public ReadOnlyObjectProperty<Confusion> confusionProperty() {
        return confusion.getReadOnlyProperty();
    }

    private final ObservableList<Influence> influences = FXCollections.observableArrayList();
    private final ObservableList<Influence> influencesView = FXCollections.unmodifiableObservableList(influences);

    public ObservableList<Influence> influences() {
        return influencesView;
    }

    private final ObservableList<LeaderboardRow> leaderboard = FXCollections.observableArrayList();
    private final ObservableList<LeaderboardRow> leaderboardView = FXCollections.unmodifiableObservableList(leaderboard);

    public ObservableList<LeaderboardRow> leaderboard() {
        return leaderboardView;
    }

    public void show(RunInfo result) {
        Evaluation test = result.testEvaluation();
        ModelVerdict.Judgement judgement = ModelVerdict.judge(result.task(), test, result.baseline());
        verdict.set(judgement.verdict());
        reason.set(judgement.reason());
        rule.set(ModelVerdict.rule(result.task()));
        sentence.set(ResultWording.sentence(test, result.baseline()));
        decision.set(ResultWording.decision(test, result.params().get("threshold")));
        testRows.set("Measured on " + Figures.count(test.rows())
                + " rows that were kept aside and never used for learning.");
        approach.set(approachSentence(result));
        confusion.set(test.task().isClassification() && !test.confusion().isEmpty()
                ? new Confusion(test.labels(), test.confusion()) : null);
        influences.setAll(topInfluences(result.importances()));
        leaderboard.setAll(LeaderboardRow.ranked(result.leaderboard()));
        run.set(result);
    }

    static List<Influence> topInfluences(List<FeatureImportance> importances) {
        List<FeatureImportance> top = importances.stream()
                .sorted(Comparator.comparingDouble(FeatureImportance::importance).reversed())
                .limit(TOP_INFLUENCES).toList();
        double strongest = top.isEmpty() ? 0 : top.get(0).importance();
        return top.stream().map(f -> new Influence(f.column(), f.importance(),
                strongest > 0 ? f.importance() / strongest : 0)).toList();
    }

    private static String approachSentence(RunInfo result) {
        String best = result.leaderboard().stream()
                .filter(c -> c.name().equals(result.bestCandidate()))
                .findFirst().map(Approaches::plainName)
                .orElse(result.bestCandidate());
        long tried = result.leaderboard().stream().filter(CandidateResult::ok).count();
        return "We tried " + tried + (tried == 1 ? " approach" : " approaches") + "; the best was " + best + ".";
    }
}
