package io.sightline.app.workspace.scientist;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.fakes.ScriptedDatasets;
import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.DatasetPreview;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetsViewModelTest {

    /** Serves a fixed list of datasets and previews, and counts the previews asked for. */
    static class DatasetShelf implements ScriptedDatasets {
        List<DatasetInfo> datasets = List.of(ScientistRecords.dataset(), ScientistRecords.otherDataset());
        final List<String> previewsAsked = new ArrayList<>();
        RuntimeException previewFailure;

        @Override
        public List<DatasetInfo> datasets() {
            return datasets;
        }

        @Override
        public DatasetPreview preview(String datasetId, int maxRows) {
            previewsAsked.add(datasetId + ":" + maxRows);
            if (previewFailure != null) {
                throw previewFailure;
            }
            return ScientistRecords.preview();
        }
    }

    private final DatasetShelf platform = new DatasetShelf();
    private final DatasetsViewModel viewModel = new DatasetsViewModel(platform, new CurrentThreadTaskExecutor());

    @Test
    void listsDatasetsWithFormattedFigures() {
        viewModel.reload();

        assertThat(viewModel.datasets()).extracting(DatasetRow::name).containsExactly("credit-g", "iris");
        DatasetRow credit = viewModel.datasets().get(0);
        assertThat(credit.rows()).isEqualTo("1,000");
        assertThat(credit.columns()).isEqualTo("3");
        assertThat(credit.size()).isEqualTo("47.1 KB");
        assertThat(credit.sha()).isEqualTo("9f2c4e1a7b3d");
        assertThat(viewModel.status().getPlaceholder()).isEmpty();
    }

    @Test
    void selectingADatasetShowsItsColumnsIssuesAndPreview() {
        viewModel.reload();
        viewModel.select(viewModel.datasets().get(0));

        assertThat(viewModel.columns()).extracting(ColumnRow::name).containsExactly("age", "housing", "class");
        assertThat(viewModel.columns()).extracting(ColumnRow::type).containsExactly("Number", "Category", "Category");
        assertThat(viewModel.columns().get(0).missing()).isEqualTo("1.0 %");
        assertThat(viewModel.columns().get(0).summary()).isEqualTo("mean 35.5 · std 11.4 · min 19 · max 75");
        assertThat(viewModel.columns().get(1).summary()).isEqualTo("top: own (713), rent (179), free (108)");
        assertThat(viewModel.issues()).extracting(IssueLine::text).containsExactly(
                "Warning — Column 'age': 10 rows have no age; they are filled with the median.",
                "Note — The classes are imbalanced: 70 % good, 30 % bad.");
        assertThat(viewModel.summaryProperty().get()).startsWith("1,000 rows · 3 columns · 47.1 KB");
        assertThat(platform.previewsAsked).containsExactly("ds-credit:" + DatasetsViewModel.PREVIEW_ROWS);
        assertThat(viewModel.previewColumns()).containsExactly("age", "housing", "class");
        assertThat(viewModel.previewRows()).hasSize(3);
    }

    @Test
    void theFirstColumnIsSelectedWithItsHistogramAndQuantiles() {
        viewModel.reload();
        viewModel.select(viewModel.datasets().get(0));

        assertThat(viewModel.selectedColumnProperty().get().name()).isEqualTo("age");
        assertThat(viewModel.histogramProperty().get()).isEqualTo(ScientistRecords.age().histogram());
        assertThat(viewModel.categoriesProperty().get()).isEmpty();
        assertThat(viewModel.columnFigures()).extracting(Figure::name)
                .containsExactly("values", "missing", "distinct", "mean", "std", "min", "max",
                        "p5", "p25", "p50", "p75", "p95");
        assertThat(viewModel.columnFigures()).contains(new Figure("p50", "33"), new Figure("missing", "10 (1.0 %)"));
        assertThat(viewModel.columnIssues()).extracting(IssueLine::text)
                .containsExactly("Warning — Column 'age': 10 rows have no age; they are filled with the median.");
    }

    @Test
    void aCategoricalColumnShowsItsTopValuesInsteadOfAHistogram() {
        viewModel.reload();
        viewModel.select(viewModel.datasets().get(0));
        viewModel.selectColumn(viewModel.columns().get(1));

        assertThat(viewModel.histogramProperty().get()).isNull();
        assertThat(viewModel.categoriesProperty().get()).isEqualTo(ScientistRecords.housing().topCategories());
        assertThat(viewModel.columnFigures()).extracting(Figure::name).containsExactly("values", "missing", "distinct");
        assertThat(viewModel.columnIssues()).isEmpty();
    }

    @Test
    void aReloadKeepsTheSelectionAndDoesNotFetchThePreviewAgain() {
        viewModel.reload();
        viewModel.select(viewModel.datasets().get(0));
        viewModel.selectColumn(viewModel.columns().get(1));

        viewModel.reload();

        assertThat(viewModel.selectedProperty().get().id()).isEqualTo(ScientistRecords.DATASET_ID);
        assertThat(viewModel.selectedColumnProperty().get().name()).isEqualTo("housing");
        assertThat(platform.previewsAsked).hasSize(1);
    }

    @Test
    void aDatasetThatDisappearedIsNoLongerSelected() {
        viewModel.reload();
        viewModel.select(viewModel.datasets().get(0));
        platform.datasets = List.of(ScientistRecords.otherDataset());

        viewModel.reload();

        assertThat(viewModel.selectedProperty().get()).isNull();
        assertThat(viewModel.columns()).isEmpty();
        assertThat(viewModel.histogramProperty().get()).isNull();
    }

    @Test
    void noDatasetsSaysWhereToGetOne() {
        platform.datasets = List.of();

        viewModel.reload();

        assertThat(viewModel.datasets()).isEmpty();
        assertThat(viewModel.status().getPlaceholder())
                .isEqualTo("No datasets yet — upload a CSV in the Business analyst workspace or with `sightline train`.");
    }

    @Test
    void aFailureToListIsShownInThePlatformsWords() {
        DatasetsViewModel failing = new DatasetsViewModel(new ScriptedDatasets() {
            @Override
            public List<DatasetInfo> datasets() {
                throw new PlatformException(ErrorCode.UNAVAILABLE, "The server at localhost:8080 does not answer.");
            }
        }, new CurrentThreadTaskExecutor());

        failing.reload();

        assertThat(failing.status().getError()).isEqualTo("The server at localhost:8080 does not answer.");
        assertThat(failing.status().loadingProperty().get()).isFalse();
        assertThat(failing.status().getPlaceholder()).contains("failed");
    }

    @Test
    void aPreviewFailureIsShownBesideThePreviewOnly() {
        platform.previewFailure = PlatformException.notFound("dataset file", "9f2c4e1a");
        viewModel.reload();

        viewModel.select(viewModel.datasets().get(0));

        assertThat(viewModel.previewErrorProperty().get()).isEqualTo("There is no dataset file called '9f2c4e1a'.");
        assertThat(viewModel.status().getError()).isEmpty();
        assertThat(viewModel.columns()).hasSize(3);
    }
}
