package io.sightline.engine.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sightline.engine.TrainedOnSignalData;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.Explanation;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PredictionResult;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Explanations of a model trained on data whose label depends on one column only. */
class ExplanationTest extends TrainedOnSignalData {

    @Override
    protected long seed() {
        return 11;
    }

    @BeforeEach
    void deployed() {
        deploy("signal");
    }

    @Test
    void theColumnTheLabelDependsOnIsTheMostInfluential() {
        // signals above 60, where the typical (median) signal of about 50 would give the other label
        for (String signal : new String[] {"95", "72.5"}) {
            Map<String, String> row = new HashMap<>(data.inputs().get(0));
            row.put("signal", signal);
            Explanation explanation = platform.explain("signal", row);
            assertThat(explanation.label()).isEqualTo("yes");
            assertThat(explanation.contributions()).extracting(Explanation.Contribution::column)
                    .containsExactlyInAnyOrder("signal", "noise", "size", "colour");
            Explanation.Contribution top = explanation.contributions().get(0);
            assertThat(top.column()).isEqualTo("signal");
            assertThat(top.value()).isEqualTo(signal);
            assertThat(Math.abs(top.effect())).isGreaterThan(0.3);
            assertThat(explanation.contributions().subList(1, 4))
                    .allSatisfy(c -> assertThat(Math.abs(c.effect())).isLessThan(Math.abs(top.effect())));
            assertThat(explanation.contributions())
                    .isSortedAccordingTo(Comparator.comparingDouble(c -> -Math.abs(c.effect())));
            assertThat(top.sentence()).startsWith("signal " + signal + " ");
        }
    }

    @Test
    void aHighSignalRaisesTheScoreOfTheMinorityLabel() {
        Map<String, String> row = new HashMap<>(data.inputs().get(0));
        row.put("signal", "99");
        Explanation explanation = platform.explain("signal", row);
        PredictionResult prediction = platform.predict("signal", row);
        // "yes" (signal above 60, 4 rows in 10) is the positive label: its probability is the score
        assertThat(explanation.score()).as("score of a yes/no model").isNotNull();
        assertThat(prediction.score()).isNotNull();
        assertThat(explanation.score()).isCloseTo(prediction.score(), within(1e-9));
        assertThat(explanation.score()).isCloseTo(prediction.probabilities().get("yes"), within(1e-9));
        assertThat(explanation.score()).isGreaterThan(0.5);
        assertThat(explanation.label()).isEqualTo(prediction.label()).isEqualTo("yes");
        assertThat(explanation.model()).isEqualTo(prediction.model());
        Explanation.Contribution signal = explanation.contributions().get(0);
        assertThat(signal.column()).isEqualTo("signal");
        assertThat(signal.effect()).isPositive();
        assertThat(signal.sentence()).contains("raises the probability of 'yes' by");
    }

    @Test
    void aRowTheModelCannotScoreIsRefusedInPlainWords() {
        Map<String, String> row = new HashMap<>(data.inputs().get(0));
        row.remove("size");
        assertThatThrownBy(() -> platform.explain("signal", row))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code())
                        .isEqualTo(ErrorCode.INVALID_INPUT))
                .hasMessageContaining("size");
        assertThatThrownBy(() -> platform.explain("signal", null)).isInstanceOf(PlatformException.class);
        assertThatThrownBy(() -> platform.explain("nobody", data.inputs().get(0)))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }
}
