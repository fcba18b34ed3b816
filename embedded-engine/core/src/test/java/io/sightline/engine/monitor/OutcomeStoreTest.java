package io.sightline.engine.monitor;

import static io.sightline.engine.monitor.LoggedPredictions.DEPLOYMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.Decision;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.Outcome;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.serve.PredictionIds;
import io.sightline.engine.serve.PredictionLog;
import io.sightline.engine.store.Sql;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutcomeStoreTest extends WithLoggedPredictions {
    private String actualLabelOf(String predictionId) {
        return logged.log.recent(DEPLOYMENT, 100).stream().filter(p -> p.predictionId().equals(predictionId))
                .map(LoggedPrediction::actualLabel).findFirst().orElseThrow();
    }

    private long storedOutcomes() {
        return logged.database.read(c -> Sql.one(c, "SELECT COUNT(*) AS n FROM prediction_outcome",
                row -> row.getLong("n")).orElseThrow());
    }

    @Test
    void anOutcomeOfALoggedPredictionIsCountedAndJoined() {
        String id = logged.log(Instant.now(), Map.of("x", "1"), "yes", 0.9, Decision.ALLOW);
        logged.flush();
        assertThat(logged.report(new Outcome(id, "no", 12.5))).isEqualTo(1);
        assertThat(actualLabelOf(id)).isEqualTo("no");
    }

    @Test
    void anOutcomeThatArrivesBeforeItsPredictionIsWrittenIsKeptAndJoinedLater() {
        Instant at = Instant.now();
        String id = PredictionIds.at(at);
        // the log has not written the prediction yet, and cannot be waited for
        assertThat(logged.outcomes.report(DEPLOYMENT, List.of(new Outcome(id, "no", 3)), () -> false)).isZero();
        logged.log.record(new PredictionLog.Entry(DEPLOYMENT,
                new ModelRef("m", 1), at, Map.of("x", "1"), "yes", null, 0.8, 10, id, 0.9,
                Decision.ALLOW, null));
        logged.flush();
        assertThat(actualLabelOf(id)).isEqualTo("no");
    }

    @Test
    void whenSomeIdsAreNotInTheLogYetTheLogIsWaitedForBeforeCounting() {
        String id = logged.log(Instant.now(), Map.of("x", "1"), "yes", 0.9, Decision.ALLOW);
        // not flushed: report() waits for the log through its supplier, then counts
        assertThat(logged.report(new Outcome(id, "yes", 1))).isEqualTo(1);
    }

    @Test
    void aRepeatedOutcomeReplacesTheEarlierOne() {
        String id = logged.log(Instant.now(), Map.of("x", "1"), "yes", 0.9, Decision.ALLOW);
        logged.flush();
        logged.report(new Outcome(id, "no", 1));
        assertThat(logged.report(new Outcome(id, "maybe", 2), new Outcome(id, "yes", 3))).isEqualTo(1);
        assertThat(actualLabelOf(id)).isEqualTo("yes");
        assertThat(storedOutcomes()).isEqualTo(1);
        double value = logged.database.read(c -> Sql.one(c, "SELECT outcome_value FROM prediction_outcome",
                row -> row.getDouble(1)).orElseThrow());
        assertThat(value).isEqualTo(3.0);
    }

    @Test
    void unknownIdsAreNotCounted() {
        String id = logged.log(Instant.now(), Map.of("x", "1"), "yes", 0.9, Decision.ALLOW);
        logged.flush();
        String neverGiven = PredictionIds.at(Instant.now());
        assertThat(logged.report(new Outcome(id, "yes", 1), new Outcome(neverGiven, "no", 1),
                new Outcome("not-an-id", "no", 1))).isEqualTo(1);
        // another deployment's prediction does not count for this one
        assertThat(logged.outcomes.report("other", List.of(new Outcome(id, "yes", 1)), () -> true)).isZero();
    }

    @Test
    void oneBadOutcomeRefusesTheWholeReportInPlainWords() {
        String id = logged.log(Instant.now(), Map.of("x", "1"), "yes", 0.9, Decision.ALLOW);
        logged.flush();
        assertThatThrownBy(() -> logged.report(new Outcome(id, "yes", 1), new Outcome(id, " ", 1)))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
                .hasMessageContaining("Outcome 2 of 2").hasMessageContaining("actual label");
        assertThatThrownBy(() -> logged.report(new Outcome(id, "yes", Double.NaN)))
                .hasMessageContaining("money at stake");
        assertThatThrownBy(() -> logged.report(new Outcome(null, "yes", 1))).hasMessageContaining("prediction id");
        assertThat(storedOutcomes()).isZero();
    }
}
