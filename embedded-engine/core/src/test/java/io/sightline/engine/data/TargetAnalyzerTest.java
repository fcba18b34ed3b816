package io.sightline.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.CategoryCount;
import io.sightline.engine.api.ColumnProfile;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.DataIssue;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Severity;
import io.sightline.engine.api.TargetAnalysis;
import io.sightline.engine.api.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetAnalyzerTest {
    private final TargetAnalyzer analyzer = new TargetAnalyzer();

    /** A profile with the given counts of values; numeric columns get min and max of the values. */
    private static ColumnProfile profile(String name, ColumnType type, long missing, Object... valueCounts) {
        List<CategoryCount> counts = new ArrayList<>();
        long count = 0;
        for (int i = 0; i < valueCounts.length; i += 2) {
            counts.add(new CategoryCount((String) valueCounts[i], (Long) valueCounts[i + 1]));
            count += (Long) valueCounts[i + 1];
        }
        return new ColumnProfile(name, type, count, missing, counts.size(), null, null, null, null, null, counts, null);
    }

    private TargetAnalysis analyze(ColumnProfile target) {
        return analyzer.analyze(List.of(target), target.count() + target.missing(), target.name(), Map.of());
    }

    private static List<String> messages(TargetAnalysis analysis, Severity severity) {
        return analysis.problems().stream().filter(p -> p.severity() == severity).map(DataIssue::message).toList();
    }

    @Test
    void twoValuesAreBinaryAndTheClassesAreTheirCounts() {
        TargetAnalysis analysis = analyze(profile("churn", ColumnType.CATEGORICAL, 0, "stay", 80L, "leave", 20L));
        assertThat(analysis.task()).isEqualTo(Task.BINARY);
        assertThat(analysis.classes()).containsExactly(new CategoryCount("stay", 80), new CategoryCount("leave", 20));
        assertThat(analysis.problems()).isEmpty();
    }

    @Test
    void zeroOneNumbersAreBinaryAndFewWholeNumbersAreClasses() {
        assertThat(analyze(profile("y", ColumnType.NUMERIC, 0, "0", 60L, "1", 40L)).task()).isEqualTo(Task.BINARY);
        assertThat(analyze(profile("grade", ColumnType.NUMERIC, 0, "1", 30L, "2", 30L, "3", 40L)).task())
                .isEqualTo(Task.MULTICLASS);
        assertThat(analyze(profile("score", ColumnType.NUMERIC, 0, "1.5", 30L, "2", 30L, "3", 40L)).task())
                .isEqualTo(Task.REGRESSION);
    }

    @Test
    void manyNumbersAreRegression() {
        Object[] values = new Object[22];
        for (int i = 0; i < 11; i++) {
            values[2 * i] = Integer.toString(i);
            values[2 * i + 1] = 10L;
        }
        TargetAnalysis analysis = analyze(profile("count", ColumnType.NUMERIC, 0, values));
        assertThat(analysis.task()).isEqualTo(Task.REGRESSION);
        assertThat(analysis.classes()).isEmpty();
    }

    @Test
    void threeOrMoreCategoriesAreMulticlassAndSmallClassesAreWarnedAbout() {
        TargetAnalysis analysis = analyze(profile("species", ColumnType.CATEGORICAL, 0, "a", 50L, "b", 45L, "c", 3L));
        assertThat(analysis.task()).isEqualTo(Task.MULTICLASS);
        assertThat(analysis.trainable()).isTrue();
        assertThat(messages(analysis, Severity.WARNING)).singleElement().asString()
                .contains("Class 'c'", "only 3 rows");
    }

    @Test
    void rowsWithoutTargetAndFewRowsAreWarnings() {
        TargetAnalysis analysis = analyze(profile("ok", ColumnType.BOOLEAN, 7, "yes", 20L, "no", 20L));
        assertThat(analysis.task()).isEqualTo(Task.BINARY);
        assertThat(analysis.trainable()).isTrue();
        assertThat(messages(analysis, Severity.WARNING)).hasSize(2)
                .anySatisfy(m -> assertThat(m).contains("7 of 47 rows", "left out of training"))
                .anySatisfy(m -> assertThat(m).contains("Only 40 rows", "unreliable"));
    }

    @Test
    void blockers() {
        assertThat(messages(analyze(profile("c", ColumnType.CATEGORICAL, 0, "x", 100L)), Severity.BLOCKER))
                .singleElement().asString().contains("only one class");
        TargetAnalysis empty = analyze(profile("e", ColumnType.CATEGORICAL, 100));
        assertThat(empty.task()).isNull();
        assertThat(messages(empty, Severity.BLOCKER)).singleElement().asString().contains("empty in every row");
        assertThat(messages(analyze(profile("id", ColumnType.IDENTIFIER, 0, "a", 1L, "b", 1L, "c", 1L)),
                Severity.BLOCKER)).singleElement().asString().contains("identifier");
        assertThat(messages(analyze(profile("t", ColumnType.TEXT, 0, "a b", 1L, "b c", 1L, "c d", 1L)),
                Severity.BLOCKER)).singleElement().asString().contains("free text");
        TargetAnalysis missing = analyzer.analyze(List.of(profile("a", ColumnType.NUMERIC, 0, "1", 3L)), 3, "b", Map.of());
        assertThat(missing.task()).isNull();
        assertThat(messages(missing, Severity.BLOCKER)).singleElement().asString().contains("no column called 'b'");
    }

    @Test
    void moreThanFiftyClassesIsABlocker() {
        ColumnProfile many = new ColumnProfile("city", ColumnType.CATEGORICAL, 1000, 0, 51, null, null, null, null,
                null, List.of(new CategoryCount("x", 100)), null);
        assertThat(messages(analyze(many), Severity.BLOCKER)).singleElement().asString()
                .contains("51 different values", "identifier or free text");
    }

    @Test
    void overridesChangeTheTask() {
        ColumnProfile grade = profile("grade", ColumnType.NUMERIC, 0, "1", 30L, "2", 30L, "3", 40L);
        TargetAnalysis asBoolean = analyzer.analyze(List.of(grade), 100, "grade", Map.of("grade", ColumnType.IDENTIFIER));
        assertThat(asBoolean.trainable()).isFalse();
        ColumnProfile twelve = new ColumnProfile("level", ColumnType.NUMERIC, 120, 0, 12, 1.0, 12.0, 6.5, 3.0, null,
                List.of(), null);
        assertThat(analyze(twelve).task()).isEqualTo(Task.REGRESSION);
        assertThat(analyzer.analyze(List.of(twelve), 120, "level", Map.of("level", ColumnType.CATEGORICAL)).task())
                .isEqualTo(Task.MULTICLASS);
    }

    @Test
    void detectTaskOnTableColumns() {
        assertThat(TargetAnalyzer.detectTask(Column.of("y", ColumnType.NUMERIC, new String[] {"0", "1.0", "1", null})))
                .isEqualTo(Task.BINARY);
        assertThat(TargetAnalyzer.detectTask(Column.of("y", ColumnType.NUMERIC, new String[] {"1", "2", "3", "2"})))
                .isEqualTo(Task.MULTICLASS);
        assertThat(TargetAnalyzer.detectTask(Column.of("y", ColumnType.NUMERIC, new String[] {"1", "2", "3.5"})))
                .isEqualTo(Task.REGRESSION);
        String[] eleven = new String[11];
        for (int i = 0; i < eleven.length; i++) {
            eleven[i] = Integer.toString(i);
        }
        assertThat(TargetAnalyzer.detectTask(Column.of("y", ColumnType.NUMERIC, eleven))).isEqualTo(Task.REGRESSION);
        assertThat(TargetAnalyzer.detectTask(Column.of("y", ColumnType.CATEGORICAL, eleven))).isEqualTo(Task.MULTICLASS);
        assertThat(TargetAnalyzer.detectTask(Column.of("y", ColumnType.BOOLEAN, new String[] {"yes", "no"})))
                .isEqualTo(Task.BINARY);
        assertThatThrownBy(() -> TargetAnalyzer.detectTask(Column.of("y", ColumnType.CATEGORICAL, new String[] {"a", "a", null})))
                .isInstanceOf(PlatformException.class).hasMessageContaining("only one value");
    }
}
