package io.sightline.engine.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContributionSentenceTest {
    private static final Score RISK = new Score(Score.Kind.PROBABILITY, "bad", "the probability of 'bad'");
    private static final Score PRICE = new Score(Score.Kind.VALUE, null, "the predicted price");
    private static final Score LABEL = new Score(Score.Kind.SAME_LABEL, "bad", "the prediction");

    static Stream<Arguments> sentences() {
        return Stream.of(
                Arguments.of("amount", "4950", "1200", 0.2134, RISK,
                        "amount 4 950 raises the probability of 'bad' by 0.21"),
                Arguments.of("age", "67", "33", -0.0751, RISK, "age 67 lowers the probability of 'bad' by 0.08"),
                Arguments.of("age", "67", "33", 0.001, RISK,
                        "age 67 changes the probability of 'bad' by less than 0.01"),
                Arguments.of("rooms", "5", "3", 123456.7, PRICE, "rooms 5 raises the predicted price by 123 000"),
                Arguments.of("rooms", "5", "3", 0.0, PRICE, "rooms 5 makes no difference to the predicted price"),
                Arguments.of("city", "Paris", "Paris", 0.0, RISK,
                        "city Paris is typical of the training data, so it does not move the probability of 'bad'"),
                Arguments.of("city", "", "Paris", 0.3, RISK, "city (unknown) raises the probability of 'bad' by 0.30"),
                Arguments.of("amount", "9000", "1200", 1.0, LABEL,
                        "amount 9 000 decides the prediction: with amount 1 200 it would not be 'bad'"),
                Arguments.of("amount", "9000", "1200", 0.0, LABEL, "amount 9 000 does not change the prediction"));
    }

    @ParameterizedTest(name = "{5}")
    @MethodSource("sentences")
    void saysWhichWayAndHowMuchInPlainWords(String column, String value, String typical, double effect, Score score,
                                            String sentence) {
        assertThat(ContributionSentence.of(column, value, typical, effect, score)).isEqualTo(sentence);
    }

    @Test
    void groupsTheWholePartOfPlainNumbers() {
        assertThat(ContributionSentence.grouped("4950")).isEqualTo("4 950");
        assertThat(ContributionSentence.grouped("-1234567.891")).isEqualTo("-1 234 567.891");
        assertThat(ContributionSentence.grouped("999.5")).isEqualTo("999.5");
        assertThat(ContributionSentence.grouped("A1234")).isEqualTo("A1234");
    }
}
