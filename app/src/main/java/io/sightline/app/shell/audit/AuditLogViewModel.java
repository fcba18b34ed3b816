package io.sightline.app.shell.audit;

import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.LatestRequest;
import io.sightline.app.task.TaskExecutor;
import io.sightline.engine.api.Audit;
import io.sightline.engine.api.AuditEntry;
import io.sightline.engine.api.AuditQuery;
import io.sightline.engine.api.AuditVerification;
import io.sightline.engine.api.AuditExport;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the Audit log page shows: the newest entries the filters select (who, which action, a subject's words,
 * which period), the chain's check in plain words, and exports written off the FX thread. A search answered for
 * a platform the console has left, or overtaken by a newer search, is dropped.
 */
public final class AuditLogViewModel {
    /** How many entries the page lists: the newest; an export writes all that the filters select. */
    public static final int PAGE_SIZE = 500;

    private final TaskExecutor tasks;
    private final InstantSource clock;
    private final LatestRequest search;
    private Audit audit;

    public AuditLogViewModel(TaskExecutor tasks, InstantSource clock) {
        this.tasks = tasks;
        this.clock = clock;
        this.search = new LatestRequest(tasks);
    }

    private final StringProperty actor = new SimpleStringProperty("");

    /** Only entries of this user (blank: everyone). */
    public StringProperty actorProperty() {
        return actor;
    }

    private final StringProperty action = new SimpleStringProperty("");

    /** Only entries of this action, e.g. deploy (blank: every action). */
    public StringProperty actionProperty() {
        return action;
    }

    private final StringProperty subject = new SimpleStringProperty("");

    /** Only entries whose subject contains these words (blank: every subject). */
    public StringProperty subjectProperty() {
        return subject;
    }

    private final ObjectProperty<AuditPeriod> period = new SimpleObjectProperty<>(AuditPeriod.LAST_WEEK);

    public ObjectProperty<AuditPeriod> periodProperty() {
        return period;
    }

    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);

    /** The entries found, newest first. */
    public ObservableList<AuditEntry> entries() {
        return readOnlyEntries;
    }

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /** What the last search or export found or did, in a sentence. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper verification = new ReadOnlyStringWrapper("");

    /** What the last check of the chain found, in plain words (empty until checked). */
    public ReadOnlyStringProperty verificationProperty() {
        return verification.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Boolean> intact = new ReadOnlyObjectWrapper<>();

    /** Whether the last check found the chain intact; null until checked (or when it could not be checked). */
    public ReadOnlyObjectProperty<Boolean> intactProperty() {
        return intact.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /** True while a check or an export is under way: their buttons wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Reads the log of {@code newAudit} from now on; what was shown of the previous one is forgotten. */
    public void attach(Audit newAudit) {
        search.cancel();
        audit = newAudit;
        entries.clear();
        verification.set("");
        intact.set(null);
        status.set("");
    }

    /** The filters as a query for the newest {@link #PAGE_SIZE} entries. */
    AuditQuery query() {
        return AuditQuery.latest(PAGE_SIZE).during(period.get().startBefore(clock.instant()), null)
                .matching(actor.get(), action.get(), subject.get());
    }

    /** Finds the entries the filters select. */
    public void search() {
        Audit asked = audit;
        if (asked == null) {
            return;
        }
        AuditQuery query = query();
        status.set("Reading the audit log…");
        search.submit(BackgroundTask.of(() -> asked.auditEntries(query))
                .onSuccess(found -> {
                    if (asked == audit) {
                        entries.setAll(found);
                        status.set(describe(found.size()));
                    }
                })
                .onFailure(failure -> status.set("The audit log could not be read: "
                        + FailureMessages.plain(failure))));
    }

    private static String describe(int found) {
        if (found == 0) {
            return "No change matches these filters.";
        }
        return found >= PAGE_SIZE ? "The newest " + found + " changes; narrow the filters or export to see all."
                : found + (found == 1 ? " change." : " changes.");
    }

    /** Checks the whole chain and says what it found. */
    public void verify() {
        Audit asked = audit;
        if (asked == null || busy.get()) {
            return;
        }
        busy.set(true);
        verification.set("Checking every entry of the chain…");
        intact.set(null);
        tasks.execute(BackgroundTask.of(asked::verifyAudit)
                .onSuccess(this::showVerification)
                .onFailure(failure -> verification.set("The chain could not be checked: "
                        + FailureMessages.plain(failure)))
                .onFinished(() -> busy.set(false)));
    }

    private void showVerification(AuditVerification found) {
        verification.set(found.describe());
        intact.set(found.intact());
    }

    /** Writes every entry the filters select to {@code file} as {@code format}, off the FX thread. */
    public void export(Path file, AuditExport.Format format) {
        Audit asked = audit;
        if (asked == null || busy.get()) {
            return;
        }
        busy.set(true);
        AuditQuery filter = query();
        status.set("Exporting to " + file.getFileName() + "…");
        tasks.execute(BackgroundTask.of(() -> write(asked, filter, file, format))
                .onSuccess(written -> status.set("Exported " + written + (written == 1 ? " change" : " changes")
                        + " to " + file + "."))
                .onFailure(failure -> status.set("The export failed: " + FailureMessages.plain(failure)))
                .onFinished(() -> busy.set(false)));
    }

    private static int write(Audit audit, AuditQuery filter, Path file, AuditExport.Format format)
            throws IOException {
        List<AuditEntry> all = AuditExport.entries(audit, filter);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            AuditExport.write(all, format, out);
        }
        return all.size();
    }
}
