package io.sightline.app.workspace.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelVerdictTest {

    @Test
    void classificationIsGreenWithTenPointsOverGuessingAndAGoodAuc() {
        ModelVerdict.Judgement judgement = ModelVerdict.classification(0.81, 0.70, 0.80);

        assertThat(judgement.verdict()).isEqualTo(Verdict.GREEN);
        assertThat(judgement.reason()).contains("+11 points").contains("AUC 0.80");
    }

    @Test
    void classificationIsYellowWhenTheGainIsModest() {
        assertThat(ModelVerdict.classification(0.76, 0.70, 0.80).verdict()).isEqualTo(Verdict.YELLOW);
    }

    @Test
    void classificationIsYellowWhenTheGainIsLargeButAucMiddling() {
        ModelVerdict.Judgement judgement = ModelVerdict.classification(0.85, 0.70, 0.70);

        assertThat(judgement.verdict()).isEqualTo(Verdict.YELLOW);
        assertThat(judgement.reason()).contains("AUC 0.70");
    }

    @Test
    void classificationIsRedWhenBarelyBetterThanGuessing() {
        ModelVerdict.Judgement judgement = ModelVerdict.classification(0.71, 0.70, 0.90);

        assertThat(judgement.verdict()).isEqualTo(Verdict.RED);
        assertThat(judgement.reason()).contains("+1 point");
    }

    @Test
    void classificationIsRedWhenAucIsPoorEvenWithAGain() {
        assertThat(ModelVerdict.classification(0.90, 0.70, 0.55).verdict()).isEqualTo(Verdict.RED);
    }

    @Test
    void withoutAucTheGainAloneDecides() {
        assertThat(ModelVerdict.classification(0.95, 0.60, Double.NaN).verdict()).isEqualTo(Verdict.GREEN);
        assertThat(ModelVerdict.classification(0.65, 0.60, Double.NaN).verdict()).isEqualTo(Verdict.YELLOW);
    }

    @Test
    void regressionIsJudgedByR2() {
        assertThat(ModelVerdict.regression(0.5).verdict()).isEqualTo(Verdict.GREEN);
        assertThat(ModelVerdict.regression(0.3).verdict()).isEqualTo(Verdict.YELLOW);
        assertThat(ModelVerdict.regression(0.1).verdict()).isEqualTo(Verdict.RED);
        assertThat(ModelVerdict.regression(-0.4).reason()).contains("0%");
    }

    @Test
    void aMissingBaselineIsNeverGreen() {
        assertThat(ModelVerdict.classification(0.99, Double.NaN, 0.99).verdict()).isEqualTo(Verdict.RED);
    }
}
