package io.sightline.engine.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.ModelSchema;
import io.sightline.engine.api.Outcome;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetrainingTableTest extends WithLoggedPredictions {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final List<FieldSpec> INPUTS = List.of(
            new FieldSpec("amount", ColumnType.NUMERIC, null, 0.0, 100.0, "5"),
            new FieldSpec("note", ColumnType.CATEGORICAL, List.of("a"), null, null, "a"));

    /** Logs {@code count} predictions with outcomes from {@code outcomeOf}, plus one without. */
    private void predictions(int count, java.util.function.IntFunction<String> outcomeOf) {
        for (int i = 0; i < count; i++) {
            String id = logged.log(NOW.minusSeconds(60), Map.of("amount", String.valueOf(i), "note", "say \"hi\", " + i,
                    "seller", "s" + i), "good", 0.5, Decision.ALLOW);
            logged.report(new Outcome(id, outcomeOf.apply(i), 1));
        }
        logged.log(NOW.minusSeconds(60), Map.of("amount", "1", "note", "x"), "good", 0.5, Decision.ALLOW);
        logged.flush();
    }

    private long write(Task task, Path file) {
        return new RetrainingTable(logged.database, () -> NOW).write(LoggedPredictions.DEPLOYMENT, Duration.ofHours(1),
                new ModelSchema(INPUTS, "class", task, List.of()), file);
    }

    @Test
    void theTableHasTheModelsInputsAndTheActualOutcomeOfEachLabelledPrediction() throws IOException {
        predictions(60, i -> i % 3 == 0 ? "bad" : "good");
        Path file = directory.resolve("table.csv");
        assertThat(write(Task.BINARY, file)).isEqualTo(60);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(61);
        assertThat(lines.get(0)).isEqualTo("amount,note,class");
        assertThat(lines.get(1)).isEqualTo("0,\"say \"\"hi\"\", 0\",bad");
        assertThat(lines.get(2)).isEqualTo("1,\"say \"\"hi\"\", 1\",good");
    }

    @Test
    void tooFewRowsOrASingleOutcomeIsRefusedSayingWhatIsNeededAndLeavesNoFile() {
        Path file = directory.resolve("table.csv");
        predictions(60, i -> "good");
        assertThatThrownBy(() -> write(Task.BINARY, file))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
                .hasMessageContaining("at least 50").hasMessageContaining("10 or more of each of at least two")
                .hasMessageContaining("it has 60 (1 outcome)");
        assertThat(file).doesNotExist();
    }

    @Test
    void aNumberModelLearnsOnlyFromOutcomesThatAreNumbers() throws IOException {
        predictions(70, i -> i < 60 ? String.valueOf(i * 1.5) : "unknown");
        Path file = directory.resolve("table.csv");
        assertThat(write(Task.REGRESSION, file)).isEqualTo(60);
        assertThat(Files.readAllLines(file)).hasSize(61).noneMatch(line -> line.endsWith("unknown"));
    }
}
