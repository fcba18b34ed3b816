package io.sightline.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.SampleData;
import io.sightline.engine.api.CategoryCount;
import io.sightline.engine.api.ColumnProfile;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.TargetAnalysis;
import io.sightline.engine.api.Task;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four public sample datasets import with the shape and task their documentation gives. */
class SampleDatasetsTest {
    @TempDir
    Path dir;

    private final CsvImporter importer = new CsvImporter();
    private final TargetAnalyzer analyzer = new TargetAnalyzer();

    private TargetAnalysis analyzeDefaultTarget(ImportResult result) {
        return analyzer.analyze(result.columns(), result.rows(), result.defaultTarget(), Map.of());
    }

    private static long countOf(ImportResult result, ColumnType type) {
        return result.columns().stream().filter(c -> c.type() == type).count();
    }

    @Test
    void creditG() {
        ImportResult result = importer.inspect(SampleData.copyTo(dir, SampleData.CREDIT_G));
        assertThat(result.rows()).isEqualTo(1000);
        assertThat(result.columns()).hasSize(21);
        assertThat(result.defaultTarget()).isEqualTo("class");
        List<ColumnProfile> features = result.columns().subList(0, 20);
        assertThat(features).filteredOn(c -> c.type() == ColumnType.NUMERIC).extracting(ColumnProfile::name)
                .containsExactly("duration", "credit_amount", "installment_commitment", "residence_since", "age",
                        "existing_credits", "num_dependents");
        // the 13 non-numeric features: foreign_worker says yes/no, the others are categories
        assertThat(features).filteredOn(c -> c.type() != ColumnType.NUMERIC).hasSize(13)
                .allMatch(c -> c.type() == (c.name().equals("foreign_worker") ? ColumnType.BOOLEAN : ColumnType.CATEGORICAL));
        assertThat(result.column("class").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(result.column("age").min()).isEqualTo(19.0);
        assertThat(result.column("age").max()).isEqualTo(75.0);
        assertThat(result.column("duration").distinct()).isEqualTo(33);
        assertThat(result.column("purpose").distinct()).isEqualTo(10);
        assertThat(result.issues()).isEmpty();

        TargetAnalysis analysis = analyzeDefaultTarget(result);
        assertThat(analysis.task()).isEqualTo(Task.BINARY);
        assertThat(analysis.classes()).containsExactly(new CategoryCount("good", 700), new CategoryCount("bad", 300));
        assertThat(analysis.problems()).isEmpty();
        assertThat(analysis.trainable()).isTrue();
    }

    @Test
    void iris() {
        ImportResult result = importer.inspect(SampleData.copyTo(dir, SampleData.IRIS));
        assertThat(result.rows()).isEqualTo(150);
        assertThat(countOf(result, ColumnType.NUMERIC)).isEqualTo(4);
        TargetAnalysis analysis = analyzeDefaultTarget(result);
        assertThat(analysis.task()).isEqualTo(Task.MULTICLASS);
        assertThat(analysis.classes()).extracting(CategoryCount::count).containsExactly(50L, 50L, 50L);
    }

    @Test
    void diabetes() {
        ImportResult result = importer.inspect(SampleData.copyTo(dir, SampleData.DIABETES));
        assertThat(result.rows()).isEqualTo(442);
        assertThat(result.columns()).hasSize(11).allMatch(c -> c.type() == ColumnType.NUMERIC);
        assertThat(result.column("target").distinct()).isEqualTo(214);
        TargetAnalysis analysis = analyzeDefaultTarget(result);
        assertThat(analysis.task()).isEqualTo(Task.REGRESSION);
        assertThat(analysis.classes()).isEmpty();
        assertThat(analysis.trainable()).isTrue();
    }

    @Test
    void breastCancer() {
        ImportResult result = importer.inspect(SampleData.copyTo(dir, SampleData.BREAST_CANCER));
        assertThat(result.rows()).isEqualTo(569);
        assertThat(result.columns()).hasSize(31);
        assertThat(result.columns().subList(0, 30)).allMatch(c -> c.type() == ColumnType.NUMERIC);
        TargetAnalysis analysis = analyzeDefaultTarget(result);
        assertThat(analysis.task()).isEqualTo(Task.BINARY);
        assertThat(analysis.classes()).extracting(CategoryCount::value).containsExactly("benign", "malignant");
    }

    @Test
    void trainingSeesTheSameTaskFromTheTable() {
        Table credit = importer.readTable(SampleData.copyTo(dir, SampleData.CREDIT_G), Map.of());
        assertThat(credit.rowCount()).isEqualTo(1000);
        assertThat(TargetAnalyzer.detectTask(credit.column("class"))).isEqualTo(Task.BINARY);
        Table iris = importer.readTable(SampleData.copyTo(dir, SampleData.IRIS), Map.of());
        assertThat(TargetAnalyzer.detectTask(iris.column("class"))).isEqualTo(Task.MULTICLASS);
        Table diabetes = importer.readTable(SampleData.copyTo(dir, SampleData.DIABETES), Map.of());
        assertThat(TargetAnalyzer.detectTask(diabetes.column("target"))).isEqualTo(Task.REGRESSION);
    }
}
