package io.sightline.engine.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sightline.engine.SampleData;
import io.sightline.engine.api.CandidateResult;
import io.sightline.engine.api.Task;
import io.sightline.engine.data.Table;
import io.sightline.engine.wire.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds the model AutoML ships to the scikit-learn reference scores of the sample datasets: the same protocol
 * (5-fold stratified, shuffled, over the whole file; plain 5-fold for regression), no tuning per file, within
 * 1.5 points of accuracy (0.03 of R²) of the best of three reference models. The reference scores are in
 * {@code reference-scores.json}, written by {@code tools/reference-scores/reference.py}.
 *
 * <p>The figure checked is the cross-validated score of the winner AutoML chose, not the best of its
 * candidates: binary tasks are ranked by AUC, and a winner by AUC that loses on accuracy would fall short.
 */
class AutoMlAccuracyTest {
    private static final AutoMlConfig PROTOCOL = new AutoMlConfig(5, Duration.ofMinutes(10), 0L, 0.0);
    private static final double ACCURACY_TOLERANCE = 0.015;
    private static final double R2_TOLERANCE = 0.03;
    private static final JsonNode REFERENCE = readReference();

    @TempDir
    Path dir;

    @Test
    void creditG() {
        assertShippedModelNearReference(SampleData.CREDIT_G, Task.BINARY, ACCURACY_TOLERANCE);
    }

    @Test
    void breastCancer() {
        assertShippedModelNearReference(SampleData.BREAST_CANCER, Task.BINARY, ACCURACY_TOLERANCE);
    }

    @Test
    void iris() {
        assertShippedModelNearReference(SampleData.IRIS, Task.MULTICLASS, ACCURACY_TOLERANCE);
    }

    @Test
    void diabetes() {
        assertShippedModelNearReference(SampleData.DIABETES, Task.REGRESSION, R2_TOLERANCE);
    }

    private void assertShippedModelNearReference(String file, Task task, double tolerance) {
        JsonNode reference = REFERENCE.get("datasets").get(file);
        assertThat(reference).as("reference scores of %s", file).isNotNull();
        String metric = reference.get("metric").asText();
        double best = reference.get("best").get(metric).asDouble();

        Table table = TestTables.sample(dir, file);
        assertThat(table.rowCount()).as("rows the reference was scored on").isEqualTo(reference.get("rows").asInt());
        AutoMlResult result = train(file, table, task, metric);
        CandidateResult shipped = result.best();
        assertThat(result.leaderboard()).allMatch(CandidateResult::ok);
        assertThat(result.model()).isNotNull();
        assertThat(result.metrics()).containsEntry("cv_" + metric, shipped.cvMetrics().get(metric));
        assertThat(shipped.cvMetrics().get(metric))
                .as("%s: cross-validated %s of the shipped model (%s); reference best %.4f", file, metric,
                        shipped.name(), best)
                .isGreaterThanOrEqualTo(best - tolerance);
    }

    private AutoMlResult train(String file, Table table, Task task, String metric) {
        long start = System.nanoTime();
        AutoMlResult result = new AutoMlTrainer().train(table, TestTables.lastColumn(table), task, PROTOCOL,
                TrainingListener.none(), () -> false);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "%s (%d ms, %s), shipped %s: %s%n", file, millis, result.timingsMillis(),
                result.bestCandidate(), result.leaderboard().stream()
                        .map(c -> String.format(Locale.ROOT, "%s %s=%.4f %s=%.4f (fit %d ms/fold, predict %.1f us/row)%s",
                                c.name(), c.metric(), c.cvScore(), metric, c.cvMetrics().getOrDefault(metric, Double.NaN),
                                c.trainMillis(), c.predictMicrosPerRow(), c.ok() ? "" : " [" + c.status() + "]"))
                        .collect(Collectors.joining("; ")));
        return result;
    }

    private static JsonNode readReference() {
        try (InputStream in = AutoMlAccuracyTest.class.getResourceAsStream("reference-scores.json")) {
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
