package io.sightline.engine.cli;

import io.sightline.engine.api.AuditEntry;
import io.sightline.engine.api.AuditQuery;
import io.sightline.engine.api.AuditVerification;
import io.sightline.engine.audit.AuditLog;
import io.sightline.engine.store.Database;
import io.sightline.engine.api.AuditExport;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sightline audit}: the audit log, read on the machine that holds the database (or from PostgreSQL with
 * {@code --db}): its chain checked, and its entries exported.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Checks and exports the audit log: every change made to the platform, hash-chained.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Export.class})
final class AuditCommand {
    /** The exit code of a check that found the chain broken (1 is refused input, 2 a usage error). */
    static final int BROKEN = 3;

    @CommandLine.ParentCommand
    SightlineCommand parent;

    /** What every audit subcommand has: the database options, the output, and the log to read. */
    abstract static class Subcommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        AuditCommand audit;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        <T> T withLog(Function<AuditLog, T> work) {
            try (Database db = database.open(audit.parent.dataDirectory)) {
                return work.apply(new AuditLog(db, InstantSource.system()));
            }
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Checks every entry's hash and its link to the one before; exits with 0 when the log is"
                    + " intact, " + BROKEN + " naming the first entry edited or deleted.")
    static final class Verify extends Subcommand {
        @Override
        public Integer call() {
            AuditVerification verification = withLog(AuditLog::verifyAudit);
            if (verification.intact()) {
                out().println(verification.describe());
                return 0;
            }
            spec.commandLine().getErr().println(verification.describe());
            return BROKEN;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes the entries, oldest first with their hashes, as CSV or JSON.")
    static final class Export extends Subcommand {
        @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv",
                converter = FormatConverter.class, description = "csv (the default) or json.")
        AuditExport.Format format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write (default: standard output).")
        Path output;

        @Option(names = "--from", paramLabel = "INSTANT", description = "Entries made at or after, e.g. 2026-11-01T00:00:00Z.")
        Instant from;

        @Option(names = "--to", paramLabel = "INSTANT", description = "Entries made before.")
        Instant to;

        @Option(names = "--actor", paramLabel = "USER", description = "Entries of this user.")
        String actor;

        @Option(names = "--action", paramLabel = "ACTION", description = "Entries of this action, e.g. deploy.")
        String action;

        @Option(names = "--subject", paramLabel = "TEXT", description = "Entries whose subject contains this text.")
        String subject;

        @Override
        public Integer call() throws IOException {
            AuditQuery filter = AuditQuery.latest(1).during(from, to).matching(actor, action, subject);
            List<AuditEntry> entries = withLog(log -> AuditExport.entries(log, filter));
            if (output == null) {
                AuditExport.write(entries, format, out());
            } else {
                try (Writer file = new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8)) {
                    AuditExport.write(entries, format, file);
                }
                spec.commandLine().getErr().println("Wrote " + entries.size() + " entries to " + output + ".");
            }
            return 0;
        }
    }

    /** Reads a format in any case. */
    static final class FormatConverter implements CommandLine.ITypeConverter<AuditExport.Format> {
        @Override
        public AuditExport.Format convert(String value) {
            return AuditExport.Format.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }
}
