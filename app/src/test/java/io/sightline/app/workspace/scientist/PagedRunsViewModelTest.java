package io.sightline.app.workspace.scientist;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.fakes.ScriptedDatasets;
import io.sightline.app.fakes.ScriptedRuns;
import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.ExperimentSummary;
import io.sightline.engine.api.MetricStep;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RunFields;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.RunPage;
import io.sightline.engine.api.RunSearchRequest;
import io.sightline.engine.api.RunStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The runs table over an experiment too large to list at once: pages, filter, order, folded children. */
class PagedRunsViewModelTest {

    /** A sweep of runs served two to a page; run-1 has two children; "metrics.auc > 0.5" keeps even runs. */
    static final class Sweep implements ScriptedRuns, ScriptedDatasets {
        final List<RunSearchRequest> asked = new ArrayList<>();

        @Override
        public List<ExperimentSummary> experiments() {
            return List.of(new ExperimentSummary("sweep", 5));
        }

        @Override
        public RunFields runFields(String experiment) {
            return new RunFields(List.of("run_name", "status"), List.of("accuracy", "auc", "log loss"),
                    List.of("depth"), List.of("team"), 5);
        }

        @Override
        public RunPage searchRuns(RunSearchRequest request) {
            asked.add(request);
            if (request.filter() != null && request.filter().contains(">>")) {
                throw PlatformException.invalid("Invalid filter 'metrics.auc >> 1': metrics.auc is compared with "
                        + "numbers, but the value at '> 1' is not one.");
            }
            if (request.parentRunId() != null) {
                return new RunPage(List.of(run("child-a", 0.1), run("child-b", 0.2)), Map.of(), null);
            }
            List<RunInfo> all = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                if (request.filter() == null || request.filter().isBlank() || i % 2 == 0) {
                    all.add(run("run-" + i, i / 10.0 + (i % 2 == 0 ? 0.5 : 0)));
                }
            }
            int from = request.pageToken() == null ? 0 : Integer.parseInt(request.pageToken());
            int to = Math.min(all.size(), from + 2);
            return new RunPage(all.subList(from, to), Map.of("run-1", 2), to < all.size() ? String.valueOf(to) : null);
        }

        @Override
        public List<MetricStep> metricHistory(String runId, String metric) {
            return List.of(new MetricStep(0, 1000, 0.5), new MetricStep(1, 2000, 0.6), new MetricStep(2, 3000, 0.7));
        }

        @Override
        public List<DatasetInfo> datasets() {
            return List.of();
        }

        private static RunInfo run(String id, double auc) {
            return new RunInfo(id, "sweep", null, null, null, null, RunStatus.FINISHED, Map.of("depth", "4"),
                    Map.of("auc", auc), null, null, null, null, null, null, null, Instant.parse("2026-01-01T00:00:00Z"),
                    null, null, Map.of("mlflow.runName", "name-" + id));
        }
    }

    private final Sweep engine = new Sweep();
    private final RunsViewModel viewModel = new RunsViewModel(engine, engine, new CurrentThreadTaskExecutor());

    @Test
    void opensWithTheFirstPageAndLoadsTheNextAsTheTableAsks() {
        viewModel.reload();

        assertThat(viewModel.runs()).extracting(RunRow::id).containsExactly("run-1", "run-2");
        assertThat(viewModel.shownProperty().get()).isEqualTo("2 runs shown; more load as you scroll");
        assertThat(viewModel.fieldColumns()).containsExactly("metrics.accuracy", "metrics.auc", "metrics.log loss");

        viewModel.loadMore();
        viewModel.loadMore();
        viewModel.loadMore();

        assertThat(viewModel.runs()).extracting(RunRow::id).containsExactly("run-1", "run-2", "run-3", "run-4", "run-5");
        assertThat(viewModel.shownProperty().get()).isEqualTo("5 runs");
        assertThat(viewModel.runs().get(0).field("metrics.auc")).isEqualTo("0.100");
        assertThat(viewModel.runs().get(0).field("params.depth")).isEqualTo("4");
    }

    @Test
    void aTypedFilterIsRunByTheEngine() {
        viewModel.reload();
        viewModel.filterProperty().set("metrics.auc > 0.5");

        viewModel.applyFilter();

        assertThat(engine.asked.get(engine.asked.size() - 1).filter()).isEqualTo("metrics.auc > 0.5");
        assertThat(viewModel.runs()).extracting(RunRow::id).containsExactly("run-2", "run-4");
        assertThat(viewModel.filterErrorProperty().get()).isEmpty();
    }

    @Test
    void anInvalidFilterIsExplainedAndTheRowsStay() {
        viewModel.reload();
        viewModel.filterProperty().set("metrics.auc >> 1");

        viewModel.applyFilter();

        assertThat(viewModel.filterErrorProperty().get()).startsWith("Invalid filter 'metrics.auc >> 1'")
                .contains("is not one");
        assertThat(viewModel.runs()).extracting(RunRow::id).containsExactly("run-1", "run-2");
        assertThat(viewModel.status().getError()).isEmpty();

        viewModel.filterProperty().set("metrics.auc > 0.5");
        viewModel.applyFilter();
        assertThat(viewModel.filterErrorProperty().get()).isEmpty();
    }

    @Test
    void aClickedColumnIsOrderedByTheEngine() {
        viewModel.reload();

        viewModel.sortBy("metrics.auc", false);

        assertThat(engine.asked.get(engine.asked.size() - 1).orderBy()).containsExactly("metrics.auc DESC");
        assertThat(viewModel.orderProperty().get()).isEqualTo("metrics.auc DESC");
        viewModel.sortBy(null, true);
        assertThat(engine.asked.get(engine.asked.size() - 1).orderBy()).isEmpty();
    }

    @Test
    void childrenUnfoldUnderTheirParentAndFoldAway() {
        viewModel.reload();
        RunRow parent = viewModel.runs().get(0);
        assertThat(parent.children()).isEqualTo(2);
        assertThat(parent.name()).isEqualTo("▸ name-run-1 (2)");

        viewModel.toggleChildren(parent);

        assertThat(viewModel.runs()).extracting(RunRow::id).containsExactly("run-1", "child-a", "child-b", "run-2");
        assertThat(viewModel.runs().get(1).depth()).isEqualTo(1);
        assertThat(engine.asked.get(engine.asked.size() - 1).parentRunId()).isEqualTo("run-1");

        viewModel.toggleChildren(parent);

        assertThat(viewModel.runs()).extracting(RunRow::id).containsExactly("run-1", "run-2");
    }

    @Test
    void namesOfTheExperimentCompleteTheWordBeingTyped() {
        viewModel.reload();

        assertThat(viewModel.completions("met")).containsExactly("metrics.");
        assertThat(viewModel.completions("metrics.a")).containsExactly("metrics.accuracy", "metrics.auc");
        assertThat(viewModel.completions("params.depth = '4' and metrics.lo")).containsExactly("metrics.`log loss`");
        assertThat(viewModel.completions("metrics.auc > 0.5")).isEmpty();

        viewModel.filterProperty().set("params.depth = '4' and metrics.a");
        viewModel.complete("metrics.auc");
        assertThat(viewModel.filterProperty().get()).isEqualTo("params.depth = '4' and metrics.auc");
    }
}
