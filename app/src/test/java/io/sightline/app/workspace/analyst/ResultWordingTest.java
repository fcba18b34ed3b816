package io.sightline.app.workspace.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.Evaluation;
import io.sightline.engine.api.Task;
import java.util.List;
import java.util.Map;
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

    @Test
    void aYesNoModelSaysHowOftenItFlagsACaseAndFromWhatCertainty() {
        Evaluation test = new Evaluation(Task.BINARY, 200, Map.of("accuracy", 0.75), List.of("bad", "good"), "bad",
                List.of(List.of(30L, 30L), List.of(20L, 120L)), List.of());
        assertThat(ResultWording.decision(test, "0.3812"))
                .isEqualTo("It flags 1 case in 4 as 'bad': those it is at least 38% sure of.");
        assertThat(ResultWording.decision(test, null)).isEqualTo("It flags 1 case in 4 as 'bad'.");
        Evaluation numbers = new Evaluation(Task.REGRESSION, 10, Map.of("rmse", 1.0), null, null, null, null);
        assertThat(ResultWording.decision(numbers, "0.5")).isEmpty();
    }

    @Test
    void sharesAreSaidAsOneCaseInSoManyOrInTens() {
        assertThat(ResultWording.share(0.25)).isEqualTo("1 case in 4");
        assertThat(ResultWording.share(0.15)).isEqualTo("about 1 case in 7");
        assertThat(ResultWording.share(0.62)).isEqualTo("about 6 cases in 10");
        assertThat(ResultWording.share(0)).isEqualTo("no case");
        assertThat(ResultWording.share(1)).isEqualTo("every case");
    }
}
