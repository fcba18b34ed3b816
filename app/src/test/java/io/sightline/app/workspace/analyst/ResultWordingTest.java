package io.sightline.app.workspace.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultWordingTest {

    @Test
    void saysOutOfTenWhenTheRoundingIsHonest() {
        assertThat(ResultWording.classification(0.80, 0.70))
                .isEqualTo("Right 8 times out of 10 — guessing the most common answer would be right 7 times out of 10.");
    }

    @Test
    void saysOutOfAHundredWhenTenthsWouldHideTheDifference() {
        // 0.74 and 0.70 both round to 7 out of 10: that would claim the model is no better
        assertThat(ResultWording.classification(0.74, 0.70))
                .isEqualTo("Right 74 times out of 100 — guessing the most common answer would be right 70 times out of 100.");
    }

    @Test
    void saysOutOfAHundredWhenTenthsWouldBeFarFromTheTruth() {
        assertThat(ResultWording.classification(0.755, 0.70)).startsWith("Right 76 times out of 100");
    }

    @Test
    void regressionSaysTheTypicalErrorNextToGuessingTheAverage() {
        assertThat(ResultWording.regression(1234.5678, 2345.2))
                .isEqualTo("Typically off by 1,230 (guessing the average would be off by 2,350).");
        assertThat(ResultWording.regression(0.04567, 0.1)).isEqualTo("Typically off by 0.0457 (guessing the average would be off by 0.1).");
    }
}
