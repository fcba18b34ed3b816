package io.sightline.app.workspace.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultsViewModelTest {
    private final ResultsViewModel results = new ResultsViewModel();

    @Test
    void showsTheVerdictTheSentenceAndThePicturesOfTheRun() {
        results.show(Fixtures.binaryRun(0.75, 0.70, 0.78));

        assertThat(results.verdictProperty().get()).isEqualTo(Verdict.YELLOW);
        assertThat(results.sentenceProperty().get()).startsWith("Right 75 times out of 100");
        assertThat(results.ruleProperty().get()).isEqualTo(ModelVerdict.CLASSIFICATION_RULE);
        assertThat(results.testRowsProperty().get()).contains("200 rows");
        assertThat(results.decisionProperty().get()).isEqualTo("It flags 1 case in 4 as 'bad'.");
        assertThat(results.confusionProperty().get().labels()).containsExactly("good", "bad");
        assertThat(results.confusionProperty().get().counts().get(1)).containsExactly(30L, 30L);
        assertThat(results.influences()).extracting(ResultsViewModel.Influence::column)
                .containsExactly("checking_status", "duration", "age");
        assertThat(results.influences().get(1).relative()).isEqualTo(0.5);
    }

    @Test
    void anApproachWithoutAScoreIsRankedLastAndSaysWhy() {
        var unscored = new io.sightline.engine.api.CandidateResult("decision tree", "Decision tree (CART, Gini)",
                java.util.Map.of(), "auc", true, Double.NaN, Double.NaN, java.util.Map.of(), 40, 0.1, "ok",
                "The model gives no scores, so its AUC is unknown.");

        var rows = LeaderboardRow.ranked(java.util.List.of(unscored,
                Fixtures.candidate("logistic regression", "Logistic regression (LIBLINEAR)", 0.77)));

        assertThat(rows).extracting(LeaderboardRow::approach).containsExactly("Logistic regression", "Decision tree");
        assertThat(rows.get(1).score()).isEqualTo("—");
        assertThat(rows.get(1).note()).isEqualTo("The model gives no scores, so its AUC is unknown.");
    }

    @Test
    void namesTheChosenApproachInPlainWordsAndRanksTheOthers() {
        results.show(Fixtures.binaryRun(0.75, 0.70, 0.78));

        assertThat(results.approachProperty().get())
                .isEqualTo("We tried 2 approaches; the best was Gradient-boosted trees.");
        assertThat(results.leaderboard()).extracting(LeaderboardRow::approach)
                .containsExactly("Gradient-boosted trees", "Logistic regression", "Decision tree");
        assertThat(results.leaderboard().get(2).note()).isEqualTo("failed: no probabilities");
    }
}
