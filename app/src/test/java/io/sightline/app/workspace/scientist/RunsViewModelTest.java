package io.sightline.app.workspace.scientist;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.fakes.ScriptedDatasets;
import io.sightline.app.fakes.ScriptedRuns;
import io.sightline.app.controls.LineageStep;
import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RunInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunsViewModelTest {

    /** Two runs on the credit data; dataset names may be unavailable. */
    static class RunLog implements ScriptedRuns, ScriptedDatasets {
        List<RunInfo> runs = List.of(ScientistRecords.earlierRun(), ScientistRecords.run());
        boolean datasetsFail;

        @Override
        public List<RunInfo> runs() {
            return runs;
        }

        @Override
        public List<DatasetInfo> datasets() {
            if (datasetsFail) {
                throw new PlatformException(ErrorCode.UNAVAILABLE, "busy");
            }
            return List.of(ScientistRecords.dataset());
        }
    }

    private final RunLog platform = new RunLog();
    private final RunsViewModel viewModel = new RunsViewModel(platform, platform, new CurrentThreadTaskExecutor());

    @Test
    void listsRunsNewestFirstWithTheirHeadlineFigures() {
        viewModel.reload();

        assertThat(viewModel.runs()).extracting(RunRow::id).containsExactly("run-0007", "run-0003");
        RunRow latest = viewModel.runs().get(0);
        assertThat(latest.dataset()).isEqualTo("credit-g");
        assertThat(latest.task()).isEqualTo("Yes/no prediction");
        assertThat(latest.best()).isEqualTo("Gradient-boosted trees");
        assertThat(latest.cvMetric()).isEqualTo("AUC 0.792");
        assertThat(latest.testMetric()).isEqualTo("auc 0.801");
        assertThat(latest.duration()).isEqualTo("37.0 s");
        assertThat(latest.status()).isEqualTo("Finished");
    }

    @Test
    void withoutDatasetNamesARunShowsItsDatasetId() {
        platform.datasetsFail = true;

        viewModel.reload();

        assertThat(viewModel.runs().get(0).dataset()).isEqualTo(ScientistRecords.DATASET_ID);
        assertThat(viewModel.status().getError()).isEmpty();
    }

    @Test
    void selectingOneRunShowsItInFull() {
        viewModel.reload();
        viewModel.select(List.of(viewModel.runs().get(0)));

        assertThat(viewModel.comparingProperty().get()).isFalse();
        assertThat(viewModel.detail().leaderboard()).extracting(c -> c.name()).containsExactly("xgboost", "logistic-regression", "cart");
        assertThat(viewModel.detail().bestCandidateProperty().get()).isEqualTo("xgboost");
        assertThat(viewModel.detail().params()).containsExactly(new Figure("folds", "5"), new Figure("seed", "42"),
                new Figure("time budget", "60 s"));
        assertThat(viewModel.detail().metrics()).containsExactly(new Figure("cv_accuracy", "0.761"), new Figure("cv_auc", "0.792"));
        assertThat(viewModel.detail().testSummaryProperty().get()).isEqualTo("On 200 held-out rows; baseline: always 'good'");
        assertThat(viewModel.detail().testMetrics()).contains(new MetricLine("auc", "0.801", "0.500"),
                new MetricLine("recall", "0.517", "—"));
        assertThat(viewModel.detail().confusionProperty().get().counts())
                .containsExactly(List.of("122", "18"), List.of("29", "31"));
        assertThat(viewModel.detail().rocProperty().get()).hasSize(4);
        assertThat(viewModel.detail().rocCaptionProperty().get()).isEqualTo("ROC curve, positive class 'bad' · AUC 0.801");
        assertThat(viewModel.detail().importances()).extracting(ImportanceLine::column).containsExactly("housing", "age");
        assertThat(viewModel.detail().importances().get(0).barLength()).isEqualTo(1.0);
        assertThat(viewModel.detail().importances().get(1).text()).isEqualTo("25.0 %");
        assertThat(viewModel.detail().timings()).containsExactly(new Figure("cross-validating", "31.0 s"),
                new Figure("refitting", "5.2 s"), new Figure("evaluating", "400 ms"), new Figure("total", "36.6 s"));
        assertThat(viewModel.detail().datasetShaProperty().get()).isEqualTo(ScientistRecords.DATASET_SHA);
        assertThat(viewModel.detail().provenanceProperty().get()).contains("XGBoostModel");
    }

    @Test
    void aRunLoggedThroughMlflowShowsWhatItHasAndDashesForTheRest() {
        platform.runs = List.of(ScientistRecords.mlflowRun(), ScientistRecords.run());
        platform.datasetsFail = true;
        viewModel.reload();
        RunRow row = viewModel.runs().get(0);
        viewModel.select(List.of(row));

        assertThat(viewModel.status().getError()).isEmpty();
        assertThat(row.dataset()).isEqualTo("—");
        assertThat(row.target()).isEqualTo("—");
        assertThat(row.best()).isEqualTo("—");
        assertThat(row.status()).isEqualTo("Scheduled");
        assertThat(viewModel.detail().headingProperty().get())
                .isEqualTo("Run 5f0c2a9e1b7d4c3a8e6f0b1d2c3e4f5a · pricing · Scheduled");
        assertThat(viewModel.detail().params()).containsExactly(new Figure("alpha", "0.5"));
        assertThat(viewModel.detail().metrics()).containsExactly(new Figure("rmse", "0.700"));
        assertThat(viewModel.detail().leaderboard()).isEmpty();
        assertThat(viewModel.detail().testSummaryProperty().get()).isEqualTo("This run has no test evaluation.");
        assertThat(viewModel.detail().lineage().get(2).name()).isEqualTo("none");
    }

    @Test
    void theLineageGoesFromTheDatasetBytesToTheVersion() {
        viewModel.reload();
        viewModel.select(List.of(viewModel.runs().get(0)));

        assertThat(viewModel.detail().lineage()).extracting(LineageStep::kind).containsExactly("dataset", "run", "model version");
        assertThat(viewModel.detail().lineage()).extracting(LineageStep::name)
                .containsExactly("credit-g", "run-0007", "credit-risk v1");
        assertThat(viewModel.detail().lineage().get(0).detail()).isEqualTo("9f2c4e1a7b3d");
    }

    @Test
    void aRunThatRegisteredNothingSaysSo() {
        viewModel.reload();
        viewModel.select(List.of(viewModel.runs().get(1)));

        assertThat(viewModel.detail().lineage().get(2).name()).isEqualTo("none");
        assertThat(viewModel.detail().rocProperty().get()).isEmpty();
        assertThat(viewModel.detail().testSummaryProperty().get()).isEqualTo("On 200 held-out rows");
    }

    @Test
    void twoRunsAreComparedSideBySide() {
        viewModel.reload();
        viewModel.select(List.of(viewModel.runs().get(0), viewModel.runs().get(1)));

        assertThat(viewModel.comparingProperty().get()).isTrue();
        assertThat(viewModel.detail().runProperty().get()).isNull();
        assertThat(viewModel.comparison().compared()).extracting(RunRow::id).containsExactly("run-0007", "run-0003");
        assertThat(viewModel.comparison().comparison()).contains(
                new ComparisonRow("best algorithm", List.of("Gradient-boosted trees", "Logistic regression")),
                new ComparisonRow("cross-validated", List.of("AUC 0.792", "AUC 0.781")),
                new ComparisonRow("test auc", List.of("0.801", "0.779")),
                new ComparisonRow("test recall", List.of("0.517", "—")),
                new ComparisonRow("cv_accuracy", List.of("0.761", "—")),
                new ComparisonRow("model version", List.of("credit-risk:1", "—")));
    }

    @Test
    void goingBackToOneRunLeavesTheComparison() {
        viewModel.reload();
        viewModel.select(List.of(viewModel.runs().get(0), viewModel.runs().get(1)));

        viewModel.select(List.of(viewModel.runs().get(1)));

        assertThat(viewModel.comparingProperty().get()).isFalse();
        assertThat(viewModel.comparison().comparison()).isEmpty();
        assertThat(viewModel.detail().runProperty().get().id()).isEqualTo("run-0003");
    }

    @Test
    void aReloadKeepsTheComparedRuns() {
        viewModel.reload();
        viewModel.select(List.of(viewModel.runs().get(0), viewModel.runs().get(1)));

        viewModel.reload();

        assertThat(viewModel.selectedIds()).containsExactly("run-0007", "run-0003");
        assertThat(viewModel.comparison().compared()).hasSize(2);
    }

    @Test
    void noRunsSaysHowToMakeOne() {
        platform.runs = List.of();

        viewModel.reload();

        assertThat(viewModel.status().getPlaceholder()).startsWith("No runs yet — train a model");
    }

    @Test
    void aFailureToListRunsIsShownInPlainWords() {
        RunsViewModel failing = new RunsViewModel(new RunLog() {
            @Override
            public List<RunInfo> runs() {
                throw new IllegalStateException("connection reset");
            }
        }, platform, new CurrentThreadTaskExecutor());

        failing.reload();

        assertThat(failing.status().getError())
                .isEqualTo("Loading the runs failed unexpectedly (IllegalStateException). Try again; the log has the details.");
    }
}
