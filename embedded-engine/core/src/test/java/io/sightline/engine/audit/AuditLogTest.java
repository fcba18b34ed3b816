package io.sightline.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.AuditEntry;
import io.sightline.engine.api.AuditQuery;
import io.sightline.engine.api.AuditVerification;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit chain finds a row edited or deleted directly in the database, names it, and stays one chain when two
 * engines append to one database at once. H2 here; the subclass runs the same on PostgreSQL.
 */
class AuditLogTest {
    private static final AuditContext.Caller ANA = new AuditContext.Caller("ana", "10.0.0.7");

    @TempDir
    Path directory;
    private String url;
    private Database database;
    private AuditLog log;

    /** A new database two engines can reach. */
    protected String newDatabaseUrl(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("shared").toAbsolutePath();
    }

    protected Database connect(String url) {
        return Database.open(url, "sa", "");
    }

    @BeforeEach
    void open() {
        url = newDatabaseUrl(directory);
        database = connect(url);
        log = new AuditLog(database, InstantSource.system());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void appendFive() {
        for (int i = 1; i <= 5; i++) {
            log.append(ANA, "deploy", "fraud-live model fraud v" + i, "{\"version\":" + (i - 1) + "}",
                    "{\"version\":" + i + "}");
        }
    }

    @Test
    void anUntouchedLogVerifiesAndReadsNewestFirst() {
        assertThat(log.verifyAudit()).isEqualTo(AuditVerification.intact(0));
        appendFive();

        AuditVerification verification = log.verifyAudit();
        assertThat(verification.intact()).as(verification.describe()).isTrue();
        assertThat(verification.rowsChecked()).isEqualTo(5);
        List<AuditEntry> entries = log.auditEntries(AuditQuery.latest(10));
        assertThat(entries).extracting(AuditEntry::sequence).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(entries.get(4).previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(entries.get(0).previousHash()).isEqualTo(entries.get(1).hash());
        assertThat(entries.get(0)).satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("ana");
            assertThat(entry.origin()).isEqualTo("10.0.0.7");
            assertThat(entry.before()).isEqualTo("{\"version\":4}");
        });
    }

    @Test
    void aRowEditedInTheDatabaseIsNamed() {
        appendFive();
        database.read(c -> Sql.update(c, "UPDATE audit_entry SET actor = ? WHERE sequence_no = 3", "mallory"));

        AuditVerification verification = log.verifyAudit();

        assertThat(verification.intact()).isFalse();
        assertThat(verification.brokenSequence()).isEqualTo(3L);
        assertThat(verification.rowsChecked()).isEqualTo(2);
        assertThat(verification.describe()).contains("entry 3").contains("changed after it was written");
    }

    @Test
    void anEditedStateIsNamedEvenWithItsHashRecomputedByHand() {
        appendFive();
        AuditEntry second = log.auditEntries(AuditQuery.latest(5)).get(3);
        AuditEntry forged = new AuditEntry(second.sequence(), second.at(), second.actor(), second.origin(),
                second.action(), second.subject(), second.before(), "{\"version\":99}", second.previousHash(), "");
        database.read(c -> Sql.update(c, "UPDATE audit_entry SET after_state = ?, hash = ? WHERE sequence_no = 2",
                forged.after(), AuditChain.hashOf(forged)));

        AuditVerification verification = log.verifyAudit();

        assertThat(verification.brokenSequence()).as(verification.describe()).isEqualTo(3L);
        assertThat(verification.problem()).contains("does not follow entry 2");
    }

    @Test
    void aDeletedRowIsNamedAsTheGap() {
        appendFive();
        database.read(c -> Sql.update(c, "DELETE FROM audit_entry WHERE sequence_no = 2"));

        AuditVerification verification = log.verifyAudit();

        assertThat(verification.intact()).isFalse();
        assertThat(verification.brokenSequence()).isEqualTo(2L);
        assertThat(verification.problem()).contains("missing").contains("after entry 1 comes entry 3");
    }

    @Test
    void aDeletedLastRowIsNamedToo() {
        appendFive();
        database.read(c -> Sql.update(c, "DELETE FROM audit_entry WHERE sequence_no = 5"));

        AuditVerification verification = log.verifyAudit();

        assertThat(verification.brokenSequence()).isEqualTo(5L);
        assertThat(verification.problem()).contains("the log ends at entry 4 but 5 entries were written");
    }

    @Test
    void filtersSelectByPeriodActorActionAndSubject() {
        appendFive();
        log.append(new AuditContext.Caller("bo", AuditContext.EMBEDDED), "release.rollback",
                "fraud_live (canary failed)", "null", "null");

        assertThat(log.auditEntries(AuditQuery.latest(10).matching("bo", null, null)))
                .extracting(AuditEntry::action).containsExactly("release.rollback");
        assertThat(log.auditEntries(AuditQuery.latest(10).matching(null, "deploy", "MODEL FRAUD V2")))
                .extracting(AuditEntry::sequence).containsExactly(2L);
        // an underscore is a character to find, not a pattern
        assertThat(log.auditEntries(AuditQuery.latest(10).matching(null, null, "fraud_")))
                .extracting(AuditEntry::sequence).containsExactly(6L);
        assertThat(log.auditEntries(AuditQuery.latest(2))).extracting(AuditEntry::sequence).containsExactly(6L, 5L);
        assertThat(log.auditEntries(AuditQuery.latest(2).next())).extracting(AuditEntry::sequence)
                .containsExactly(4L, 3L);
        Instant later = Instant.now().plusSeconds(60);
        assertThat(log.auditEntries(AuditQuery.latest(10).during(later, null))).isEmpty();
        assertThat(log.auditEntries(AuditQuery.latest(10).during(null, later))).hasSize(6);
    }

    @Test
    void twoEnginesAppendingAtOnceKeepOneValidChain() throws InterruptedException {
        int perWriter = 40;
        try (Database other = connect(url)) {
            List<AuditLog> nodes = List.of(log, new AuditLog(other, InstantSource.system()));
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                AuditLog node = nodes.get(w % 2);
                AuditContext.Caller caller = new AuditContext.Caller("writer-" + w, "node-" + (w % 2));
                writers.add(Thread.ofPlatform().start(() -> {
                    awaitQuietly(start);
                    for (int i = 0; i < perWriter; i++) {
                        node.append(caller, "deploy", "d" + i, "null", "null");
                    }
                }));
            }
            start.countDown();
            for (Thread writer : writers) {
                writer.join();
            }
        }

        AuditVerification verification = log.verifyAudit();
        assertThat(verification.intact()).as(verification.describe()).isTrue();
        assertThat(verification.rowsChecked()).isEqualTo(4L * perWriter);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
