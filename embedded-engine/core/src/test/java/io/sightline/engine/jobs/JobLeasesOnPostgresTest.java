package io.sightline.engine.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.cluster.LocalProcess;
import io.sightline.engine.cluster.NodeOptions;
import io.sightline.engine.TestPostgres;
import io.sightline.engine.store.Database;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The same leases on PostgreSQL, where a claim skips a locked job and takes the next one. */
@EnabledIfEnvironmentVariable(named = "SIGHTLINE_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class JobLeasesOnPostgresTest extends JobLeasesTest {

    @Override
    protected Database openDatabase(Path folder) {
        return Database.open(TestPostgres.freshSchemaUrl("leases"), TestPostgres.user(), TestPostgres.password());
    }

    @Test
    void whileOneNodeIsClaimingTheOldestJobAnotherTakesTheNextWithoutWaiting() {
        String oldest = queueJob();
        String next = queueJob();
        JobLeases a = node("node-a", LONG);
        JobLeases b = node("node-b", LONG);

        Optional<JobLeases.Claim> seenByB = database.inTransaction(c -> {
            assertThat(a.claimNext(c).orElseThrow().lease().jobId()).isEqualTo(oldest);
            return claim(b);
        });

        assertThat(seenByB.orElseThrow().lease().jobId()).isEqualTo(next);
    }
}
