package io.sightline.app.shell.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.fakes.ScriptedAudit;
import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.engine.api.Audit;
import io.sightline.engine.api.AuditEntry;
import io.sightline.engine.api.AuditQuery;
import io.sightline.engine.api.AuditVerification;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.AuditExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-02T12:00:00Z");

    @TempDir
    Path folder;

    private final ScriptedAudit audit = new ScriptedAudit();
    private final AuditLogViewModel model = new AuditLogViewModel(new CurrentThreadTaskExecutor(),
            InstantSource.fixed(NOW));

    private void threeChanges() {
        audit.add(NOW.minus(Duration.ofDays(3)), "ana", "deploy", "fraud-live model fraud v2");
        audit.add(NOW.minus(Duration.ofMinutes(30)), "bo", "release.rollback", "fraud-live (errors)");
        audit.add(NOW.minus(Duration.ofMinutes(5)), "ana", "model.stage", "model fraud v2");
    }

    @Test
    void theFiltersAndPeriodSelectTheEntriesNewestFirst() {
        threeChanges();
        model.attach(audit);

        model.search();
        assertThat(model.entries()).extracting(AuditEntry::sequence).containsExactly(3L, 2L, 1L);
        assertThat(model.statusProperty().get()).isEqualTo("3 changes.");

        model.actorProperty().set("ana");
        model.periodProperty().set(AuditPeriod.LAST_HOUR);
        model.search();
        assertThat(model.entries()).extracting(AuditEntry::action).containsExactly("model.stage");
        assertThat(audit.queries.getLast().from()).isEqualTo(NOW.minus(Duration.ofHours(1)));

        model.actorProperty().set(" ");
        model.periodProperty().set(AuditPeriod.ALL);
        model.subjectProperty().set("FRAUD-LIVE");
        model.search();
        assertThat(model.entries()).extracting(AuditEntry::sequence).containsExactly(2L, 1L);

        model.subjectProperty().set("nothing like it");
        model.search();
        assertThat(model.entries()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("No change matches these filters.");
    }

    @Test
    void verifyingSaysInPlainWordsWhetherTheChainIsIntactOrWhereItBroke() {
        model.attach(audit);
        audit.verification = AuditVerification.intact(3);
        model.verify();
        assertThat(model.intactProperty().get()).isTrue();
        assertThat(model.verificationProperty().get()).isEqualTo(
                "The audit log is intact: 3 entries checked, each following the one before.");

        audit.verification = AuditVerification.broken(1, 2, "its content was changed after it was written.");
        model.verify();
        assertThat(model.intactProperty().get()).isFalse();
        assertThat(model.verificationProperty().get()).startsWith("The audit log is broken at entry 2:");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aFailedReadIsSaidAndSwitchingPlatformForgetsWhatWasShown() {
        threeChanges();
        model.attach(audit);
        model.search();
        model.verify();

        model.attach(new Audit() {
            @Override
            public List<AuditEntry> auditEntries(AuditQuery query) {
                throw new PlatformException(ErrorCode.UNAVAILABLE, "The server does not answer.");
            }

            @Override
            public AuditVerification verifyAudit() {
                throw new PlatformException(ErrorCode.UNAVAILABLE, "The server does not answer.");
            }
        });
        assertThat(model.entries()).isEmpty();
        assertThat(model.intactProperty().get()).isNull();
        model.search();
        assertThat(model.statusProperty().get()).isEqualTo("The audit log could not be read: The server does not answer.");
    }

    @Test
    void anExportWritesEveryEntryTheFiltersSelectToTheChosenFile() throws IOException {
        threeChanges();
        model.attach(audit);
        model.actionProperty().set("deploy");
        model.periodProperty().set(AuditPeriod.ALL);
        Path file = folder.resolve("audit.csv");

        model.export(file, AuditExport.Format.CSV);

        assertThat(Files.readAllLines(file)).hasSize(2).last().asString().startsWith("1,").contains("ana,embedded,deploy");
        assertThat(model.statusProperty().get()).isEqualTo("Exported 1 change to " + file + ".");
    }
}
