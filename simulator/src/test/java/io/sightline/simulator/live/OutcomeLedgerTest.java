package io.sightline.simulator.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.simulator.world.FraudPattern;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutcomeLedgerTest {
    private static final Instant T0 = Instant.parse("2026-11-16T08:00:00Z");

    @Test
    void handsOutOnlyWhatIsDueEarliestFirstAndAtMostAskedFor() {
        OutcomeLedger ledger = new OutcomeLedger();
        ledger.add(pending("c", 300));
        ledger.add(pending("a", 60));
        ledger.add(pending("b", 120));
        ledger.add(pending("d", 121));

        assertThat(ledger.takeDue(T0.plusSeconds(59), 10)).isEmpty();
        assertThat(ledger.takeDue(T0.plusSeconds(120), 10)).extracting(PendingOutcome::predictionId)
                .containsExactly("a", "b");
        ledger.add(pending("e", 122));
        assertThat(ledger.takeDue(T0.plusSeconds(1_000), 2)).extracting(PendingOutcome::predictionId)
                .containsExactly("d", "e");
        assertThat(ledger.size()).isEqualTo(1);
    }

    @Test
    void anOutcomeCarriesItsLabelAndMoney() {
        PendingOutcome pending = new PendingOutcome(T0, "p-1", "yes", 249.5, FraudPattern.KNOWN_RING);
        assertThat(pending.outcome().predictionId()).isEqualTo("p-1");
        assertThat(pending.outcome().actualLabel()).isEqualTo("yes");
        assertThat(pending.outcome().value()).isEqualTo(249.5);
    }

    private static PendingOutcome pending(String id, long seconds) {
        return new PendingOutcome(T0.plusSeconds(seconds), id, "no", 10, FraudPattern.NONE);
    }
}
