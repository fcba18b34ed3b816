package io.sightline.app.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void metricsHaveThreeDecimalsAndMissingOnesADash() {
        assertThat(Figures.metric(0.91249)).isEqualTo("0.912");
        assertThat(Figures.metric(Double.NaN)).isEqualTo(Figures.NONE);
        assertThat(Figures.metric(null)).isEqualTo(Figures.NONE);
        assertThat(Figures.metricWithSpread(0.8, 0.0123)).isEqualTo("0.800 ± 0.012");
    }

    @Test
    void durationsReadTheWayPeopleSayThem() {
        assertThat(Figures.duration(850)).isEqualTo("850 ms");
        assertThat(Figures.duration(4_240)).isEqualTo("4.2 s");
        assertThat(Figures.duration(125_000)).isEqualTo("2 min 05 s");
        assertThat(Figures.duration(3_780_000)).isEqualTo("1 h 03 min");
    }

    @Test
    void sizesUseTheLargestUnitAboveOne() {
        assertThat(Figures.size(512)).isEqualTo("512 B");
        assertThat(Figures.size(12_697)).isEqualTo("12.4 KB");
        assertThat(Figures.size(3_250_586)).isEqualTo("3.1 MB");
    }

    @Test
    void statisticsDropTrailingZerosButKeepWholeNumbersWhole() {
        assertThat(Figures.number(35.5)).isEqualTo("35.5");
        assertThat(Figures.number(0.0)).isEqualTo("0");
        assertThat(Figures.number(100.0)).isEqualTo("100");
        assertThat(Figures.number(1_204.25)).isEqualTo("1,204.3");
        assertThat(Figures.number(0.0001234)).isEqualTo("0.000123");
    }

    @Test
    void hashesAreShortenedToTwelveDigits() {
        assertThat(Figures.shortSha("9f2c4e1a7b3d5f60812a")).isEqualTo("9f2c4e1a7b3d");
        assertThat(Figures.shortSha(null)).isEqualTo(Figures.NONE);
    }
}
