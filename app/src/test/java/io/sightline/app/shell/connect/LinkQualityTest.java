package io.sightline.app.shell.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.remote.ConnectionStatus.State;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkQualityTest {

    private static Optional<LinkQuality> judge(State state, long millis, int failures) {
        return LinkQuality.judge(state, millis < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(millis)), failures);
    }

    @Test
    void aQuickLinkWithoutFailuresIsGoodAndSlowerOnesFairThenPoor() {
        assertThat(judge(State.CONNECTED, 40, 0)).contains(LinkQuality.GOOD);
        assertThat(judge(State.CONNECTED, 299, 0)).contains(LinkQuality.GOOD);
        assertThat(judge(State.CONNECTED, 300, 0)).contains(LinkQuality.FAIR);
        assertThat(judge(State.CONNECTED, 1_000, 0)).contains(LinkQuality.POOR);
    }

    @Test
    void recentFailuresLowerTheQualityWhateverTheRoundTrip() {
        assertThat(judge(State.CONNECTED, 20, 1)).contains(LinkQuality.FAIR);
        assertThat(judge(State.CONNECTED, 20, 2)).contains(LinkQuality.POOR);
        assertThat(judge(State.CONNECTED, 20, 3)).contains(LinkQuality.OFFLINE);
    }

    @Test
    void theLinksOwnStateComesFirst() {
        assertThat(judge(State.OFFLINE, 20, 0)).contains(LinkQuality.OFFLINE);
        assertThat(judge(State.RECONNECTING, 20, 0)).contains(LinkQuality.POOR);
    }

    @Test
    void nothingMeasuredYetIsNoVerdictRatherThanAGuess() {
        assertThat(judge(State.CONNECTED, -1, 0)).isEmpty();
        assertThat(judge(State.CONNECTED, -1, 1)).contains(LinkQuality.FAIR);
    }
}
