package io.sightline.engine.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContributionSentenceTest {
    private static final Score RISK = new Score(Score.Kind.PROBABILITY, "bad", "the probability of 'bad'");
    private static final Score PRICE = new Score(Score.Kind.VALUE, null, "the predicted price");
    private static final Score LABEL = new Score(Score.Kind.SAME_LABEL, "bad", "the prediction");

    @Test
    void saysWhichWayAndHowMuch() {
        assertThat(ContributionSentence.of("amount", "4950", "1200", 0.2134, RISK))
                .isEqualTo("amount 4 950 raises the probability of 'bad' by 0.21");
        assertThat(ContributionSentence.of("age", "67", "33", -0.0751, RISK))
                .isEqualTo("age 67 lowers the probability of 'bad' by 0.08");
        assertThat(ContributionSentence.of("age", "67", "33", 0.001, RISK))
                .isEqualTo("age 67 changes the probability of 'bad' by less than 0.01");
        assertThat(ContributionSentence.of("rooms", "5", "3", 123456.7, PRICE))
                .isEqualTo("rooms 5 raises the predicted price by 123 000");
        assertThat(ContributionSentence.of("rooms", "5", "3", 0, PRICE))
                .isEqualTo("rooms 5 makes no difference to the predicted price");
    }

    @Test
    void typicalUnknownAndLabelOnlyInputs() {
        assertThat(ContributionSentence.of("city", "Paris", "Paris", 0, RISK))
                .isEqualTo("city Paris is typical of the training data, so it does not move the probability of 'bad'");
        assertThat(ContributionSentence.of("city", "", "Paris", 0.3, RISK))
                .isEqualTo("city (unknown) raises the probability of 'bad' by 0.30");
        assertThat(ContributionSentence.of("amount", "9000", "1200", 1, LABEL))
                .isEqualTo("amount 9 000 decides the prediction: with amount 1 200 it would not be 'bad'");
        assertThat(ContributionSentence.of("amount", "9000", "1200", 0, LABEL))
                .isEqualTo("amount 9 000 does not change the prediction");
    }

    @Test
    void groupsTheWholePartOfPlainNumbers() {
        assertThat(ContributionSentence.grouped("4950")).isEqualTo("4 950");
        assertThat(ContributionSentence.grouped("-1234567.891")).isEqualTo("-1 234 567.891");
        assertThat(ContributionSentence.grouped("999.5")).isEqualTo("999.5");
        assertThat(ContributionSentence.grouped("A1234")).isEqualTo("A1234");
    }
}
