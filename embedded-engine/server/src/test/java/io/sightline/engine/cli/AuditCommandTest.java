package io.sightline.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sightline.engine.audit.AuditContext;
import io.sightline.engine.audit.AuditLog;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import io.sightline.engine.wire.Wire;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sightline audit verify} and {@code export} on a data folder whose log has three entries. */
class AuditCommandTest {
    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        String[] withData = new String[args.length + 2];
        withData[0] = "--data-dir";
        withData[1] = data.toString();
        System.arraycopy(args, 0, withData, 2, args.length);
        return SightlineCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), withData);
    }

    private void threeEntries() {
        try (Database database = Database.h2File(data)) {
            AuditLog log = new AuditLog(database, InstantSource.system());
            AuditContext.Caller ana = new AuditContext.Caller("ana", AuditContext.EMBEDDED);
            log.append(ana, "deploy", "fraud-live model fraud v1", "null", "{\"version\":1}");
            log.append(ana, "deploy", "fraud-live model fraud v2", "{\"version\":1}", "{\"version\":2}");
            log.append(ana, "release.rollback", "fraud-live (errors, \"bad\")", "{}", "{}");
        }
    }

    @Test
    void verifyExitsWithZeroWhenIntactAndNamesTheEditedEntryOtherwise() {
        threeEntries();
        assertThat(run("audit", "verify")).isZero();
        assertThat(out.toString()).contains("intact: 3 entries checked");

        try (Database database = Database.h2File(data)) {
            database.read(c -> Sql.update(c, "UPDATE audit_entry SET subject = 'nothing' WHERE sequence_no = 2"));
        }
        assertThat(run("audit", "verify")).isEqualTo(AuditCommand.BROKEN);
        assertThat(err.toString()).contains("broken at entry 2");
    }

    @Test
    void exportWritesEveryEntryOldestFirstAsCsvOrJson() throws IOException {
        threeEntries();

        assertThat(run("audit", "export", "--format", "csv")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("sequence,at,actor,origin,action,subject,before,after,previous_hash,hash");
        assertThat(lines.get(1)).startsWith("1,");
        assertThat(lines.get(3)).contains(",\"fraud-live (errors, \"\"bad\"\")\",");

        Path file = data.resolve("audit.json");
        assertThat(run("audit", "export", "--format", "JSON", "-o", file.toString())).isZero();
        JsonNode json = Wire.MAPPER.readTree(Files.readString(file));
        assertThat(json).hasSize(3);
        assertThat(json.get(0).get("sequence").asLong()).isEqualTo(1);
        assertThat(json.get(1).get("before").asText()).isEqualTo("{\"version\":1}");
        assertThat(json.get(2).get("subject").asText()).isEqualTo("fraud-live (errors, \"bad\")");
        assertThat(json.get(1).get("previous_hash").asText()).isEqualTo(json.get(0).get("hash").asText());

        out.getBuffer().setLength(0);
        assertThat(run("audit", "export", "--action", "deploy", "--subject", "V2")).isZero();
        assertThat(out.toString().lines().skip(1)).singleElement().asString().startsWith("2,");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(run("audit", "export", "--format", "xml")).isEqualTo(2);
    }
}
