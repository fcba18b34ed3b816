package io.sightline.engine.serve.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.CapacityPlan;
import io.sightline.engine.api.CapacityPoint;
import io.sightline.engine.api.CapacityTest;
import io.sightline.engine.api.CapacityTestState;
import io.sightline.engine.api.LatencyPercentile;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.EventLog;
import io.sightline.engine.store.Timestamps;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCapacityTest {
    private static final CapacityPlan PLAN = new CapacityPlan(10, 30, 3, Duration.ofSeconds(1), LatencyPercentile.P95,
            50, 0.01, 4);
    private final CapacityStore store = new CapacityStore();

    @Test
    void testsThisNodeLeftRunningAreStoppedWhenItOpensAndOtherNodesTestsAreLeftAlone(@TempDir Path directory) {
        try (Database database = Database.h2File(directory); EventLog events = new EventLog(database)) {
            CapacityPoint measured = new CapacityPoint(10, 10, 10, 0, 1, 2, 3);
            database.inTransaction(c -> {
                store.insert(c, running("cap_mine", List.of(measured)), "node-a");
                store.insert(c, running("cap_theirs", List.of()), "node-b");
                return null;
            });

            new LocalCapacity(database, events, null, null, null, null, "node-a", null).close();

            CapacityTest mine = database.read(c -> store.find(c, "cap_mine")).orElseThrow().test();
            assertThat(mine.state()).isEqualTo(CapacityTestState.STOPPED);
            assertThat(mine.points()).containsExactly(measured);
            assertThat(mine.endedAt()).isNotNull();
            assertThat(mine.message()).isEqualTo(
                    "Stopped: the engine stopped during the test, after 1 of 3 steps measured.");
            assertThat(database.read(c -> store.find(c, "cap_theirs")).orElseThrow().test().state())
                    .isEqualTo(CapacityTestState.RUNNING);
            assertThat(events.since(0, 10)).hasSize(1);
        }
    }

    @Test
    void aTestOfAnotherNodeStillRunningLongAfterItsRampShouldHaveEndedIsStoppedByTheNodeThatReadsIt(
            @TempDir Path directory) {
        try (Database database = Database.h2File(directory); EventLog events = new EventLog(database)) {
            CapacityPoint measured = new CapacityPoint(10, 10, 10, 0, 1, 2, 3);
            Instant longAgo = Timestamps.now().minus(LocalCapacity.WARM_UP).minus(PLAN.totalLength())
                    .minus(LocalCapacity.ABANDONED_AFTER).minusSeconds(1);
            database.inTransaction(c -> {
                store.insert(c, running("cap_dead", List.of(measured), longAgo), "node-gone");
                store.insert(c, running("cap_live", List.of(), Timestamps.now()), "node-b");
                return null;
            });
            LocalCapacity capacity = new LocalCapacity(database, events, null, null, null, null, "node-a", null);

            CapacityTest dead = capacity.capacityTest("cap_dead");
            assertThat(dead.state()).isEqualTo(CapacityTestState.STOPPED);
            assertThat(dead.points()).containsExactly(measured);
            assertThat(dead.endedAt()).isNotNull();
            assertThat(dead.message()).startsWith("Stopped: the engine stopped during the test");
            assertThat(capacity.capacityTest("cap_live").state()).isEqualTo(CapacityTestState.RUNNING);
            assertThat(capacity.capacityTest("cap_dead")).isEqualTo(dead);
            assertThat(events.since(0, 10)).hasSize(1);
            capacity.close();
        }
    }

    private static CapacityTest running(String id, List<CapacityPoint> points) {
        return running(id, points, Timestamps.now());
    }

    private static CapacityTest running(String id, List<CapacityPoint> points, Instant startedAt) {
        return new CapacityTest(id, "churn", PLAN, CapacityTestState.RUNNING, "ana", startedAt, null, points, null);
    }
}
