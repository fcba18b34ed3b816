package io.sightline.app.workspace.scientist;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.controls.ParallelData;
import io.sightline.app.fakes.ScriptedRuns;
import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.engine.api.MetricStep;
import io.sightline.engine.api.RunFields;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.RunScatter;
import io.sightline.engine.api.RunStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Runs compared: differing parameters marked, metric histories overlaid, parallel coordinates, a scatter. */
class RunComparisonViewModelTest {

    /** Each run's loss fell over 1,000 steps; a scatter of a big experiment is sampled. */
    static final class Histories implements ScriptedRuns {
        final List<String> asked = new ArrayList<>();

        @Override
        public List<MetricStep> metricHistory(String runId, String metric) {
            asked.add(runId + "/" + metric);
            return IntStream.range(0, 1000).mapToObj(step -> new MetricStep(step, 1000L + step, 1.0 / (step + 1)))
                    .toList();
        }

        @Override
        public RunScatter scatter(String experiment, String x, String y) {
            return new RunScatter(x, y, List.of(new RunScatter.Point("a", 0.9, 4), new RunScatter.Point("b", 0.8, 6)),
                    100_000, 5_000);
        }
    }

    private final Histories engine = new Histories();
    private final RunComparisonViewModel comparison = new RunComparisonViewModel(engine, new CurrentThreadTaskExecutor());

    @Test
    void parametersOnWhichTheRunsDifferAreMarked() {
        comparison.compare(List.of(row("a", "4", "adam", 0.9), row("b", "6", "adam", 0.8)));

        assertThat(comparison.comparison()).filteredOn(ComparisonRow::parameter)
                .extracting(ComparisonRow::measure, ComparisonRow::differs)
                .containsExactly(Tuple.tuple("param depth", true),
                        Tuple.tuple("param optimizer", false));
    }

    @Test
    void eachMetricsHistoryIsOverlaidWithOneLinePerRunThinnedForTheChart() {
        comparison.compare(List.of(row("a", "4", "adam", 0.9), row("b", "6", "adam", 0.8)));

        assertThat(engine.asked).containsExactly("a/auc", "b/auc");
        assertThat(comparison.overlays()).singleElement().satisfies(overlay -> {
            assertThat(overlay.metric()).isEqualTo("auc");
            assertThat(overlay.series()).extracting(MetricOverlay.Series::run).containsExactly("a", "b");
            assertThat(overlay.series().get(0).points()).hasSizeLessThanOrEqualTo(
                    RunComparisonViewModel.MAX_HISTORY_POINTS + 1);
            assertThat(overlay.series().get(0).points().get(overlay.series().get(0).points().size() - 1).step())
                    .isEqualTo(999);
        });
    }

    @Test
    void numericParametersAndMetricsBecomeParallelAxes() {
        comparison.compare(List.of(row("a", "4", "adam", 0.9), row("b", "6", "sgd", 0.8)));

        ParallelData data = comparison.parallelProperty().get();
        assertThat(data.axes()).containsExactly("depth", "auc");
        assertThat(data.lines()).extracting(ParallelData.Line::values)
                .containsExactly(List.of(4.0, 0.9), List.of(6.0, 0.8));
    }

    @Test
    void moreThanTenSelectedRunsCompareTheFirstTenAndSaySo() {
        List<RunRow> many = IntStream.range(0, 12).mapToObj(i -> row("r" + i, "4", "adam", 0.5)).toList();

        comparison.compare(many);

        assertThat(comparison.compared()).hasSize(10);
        assertThat(comparison.noteProperty().get()).isEqualTo("Comparing the first 10 of the 12 selected runs.");
    }

    @Test
    void aScatterOfASampledExperimentSaysHowManyRunsItRead() {
        RunScatterViewModel scatter = new RunScatterViewModel(engine, new CurrentThreadTaskExecutor());
        scatter.open("sweep", new RunFields(List.of(), List.of("auc", "log loss"), List.of("depth"), List.of(), 9));
        assertThat(scatter.choices()).containsExactly("metrics.auc", "metrics.`log loss`", "params.depth",
                "attributes.start_time");
        scatter.yProperty().set("params.depth");

        scatter.plot();

        assertThat(scatter.plotProperty().get().points()).hasSize(2);
        assertThat(scatter.noteProperty().get())
                .isEqualTo("2 runs with both values, sampled: the newest 5,000 of 100,000 runs were read.");
    }

    private static RunRow row(String id, String depth, String optimizer, double auc) {
        return RunRow.of(new RunInfo(id, "sweep", null, null, null, null, RunStatus.FINISHED,
                Map.of("depth", depth, "optimizer", optimizer), Map.of("auc", auc), null, null, null, null, null, null,
                null, Instant.parse("2026-01-01T00:00:00Z"), null, null, Map.of()), "—");
    }
}
