package io.sightline.app.controls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The x axis of a live chart is marked in round minutes for every window the screens offer. */
class LiveLineChartTest {
    @Test
    void ticksFallOnWholeMinutes() {
        assertThat(LiveLineChart.tickMinutes(5)).isEqualTo(1);
        assertThat(LiveLineChart.tickMinutes(15)).isEqualTo(3);
        assertThat(LiveLineChart.tickMinutes(60)).isEqualTo(10);
        assertThat(LiveLineChart.tickMinutes(360)).isEqualTo(60);
        assertThat(LiveLineChart.tickMinutes(1440)).isEqualTo(240);
    }
}
