package io.sightline.app.workspace.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.fakes.ScriptedDatasets;
import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.engine.api.BadFileException;
import io.sightline.engine.api.CategoryCount;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.DataIssue;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.DatasetPreview;
import io.sightline.engine.api.TargetAnalysis;
import io.sightline.engine.api.Task;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UploadViewModelTest {
    private final List<String> analysed = new ArrayList<>();
    private final List<Path> imported = new ArrayList<>();
    private final List<Map<String, ColumnType>> overridesSeen = new ArrayList<>();

    private final ScriptedDatasets platform = new ScriptedDatasets() {
        @Override
        public DatasetInfo importDataset(String name, Path csvFile) {
            imported.add(csvFile);
            if (csvFile.getFileName().toString().startsWith("broken")) {
                throw new BadFileException(17, "This row has 4 values but the header names 3 columns.");
            }
            return Fixtures.dataset("ds-" + name, name, List.of());
        }

        @Override
        public DatasetPreview preview(String datasetId, int maxRows) {
            return new DatasetPreview(List.of("age", "job", "class"), List.of(List.of("31", "skilled", "good")));
        }

        @Override
        public TargetAnalysis analyzeTarget(String datasetId, String target, Map<String, ColumnType> overrides) {
            analysed.add(target);
            overridesSeen.add(overrides);
            if (target.equals("age")) {
                return new TargetAnalysis(target, Task.REGRESSION, List.of(),
                        List.of(DataIssue.blocker(target, "Every value of age is the same: there is nothing to learn.")));
            }
            return new TargetAnalysis(target, Task.BINARY,
                    List.of(new CategoryCount("good", 70), new CategoryCount("bad", 30)), List.of());
        }
    };

    private final UploadViewModel upload = new UploadViewModel(platform, new CurrentThreadTaskExecutor());

    @Test
    void anImportedFileShowsItsPreviewTypesAndWhatWillBePredicted() {
        upload.fileChosen(Path.of("/tmp/credit.csv"));

        assertThat(upload.summaryProperty().get()).isEqualTo("credit — 100 rows, 3 columns");
        assertThat(upload.previewColumns()).containsExactly("age", "job", "class");
        assertThat(upload.previewRows()).hasSize(1);
        assertThat(upload.columns()).extracting(ColumnChoice::detected)
                .containsExactly(ColumnType.NUMERIC, ColumnType.CATEGORICAL, ColumnType.CATEGORICAL);
        assertThat(upload.targetProperty().get()).isEqualTo("class");
        assertThat(upload.targetSentenceProperty().get()).isEqualTo("We will predict class: a yes/no question.");
        assertThat(upload.answersSentenceProperty().get()).isEqualTo("Answers in your data: good (70), bad (30)");
        assertThat(upload.trainableProperty().get()).isTrue();
        assertThat(analysed).containsExactly("class"); // the first analysis comes with the import, not twice
    }

    @Test
    void theSampleImportsTheShippedCreditDataLikeAChosenFile() throws java.io.IOException {
        upload.trySample();

        assertThat(imported).hasSize(1);
        assertThat(imported.get(0)).hasFileName("credit-g.csv");
        assertThat(java.nio.file.Files.readAllLines(imported.get(0))).hasSize(1001)
                .first().asString().startsWith("checking_status,duration");
        assertThat(upload.summaryProperty().get()).startsWith("credit-g — ");
        assertThat(upload.errorProperty().get()).isEmpty();
    }

    @Test
    void aRefusedFileSaysWhyWithTheLineAndChangesNothingElse() {
        upload.fileChosen(Path.of("/tmp/credit.csv"));

        upload.fileChosen(Path.of("/tmp/broken.csv"));

        assertThat(upload.errorProperty().get()).isEqualTo(
                "We could not read broken.csv. Line 17: This row has 4 values but the header names 3 columns.");
        assertThat(upload.datasetProperty().get().name()).isEqualTo("credit");
        assertThat(upload.previewRows()).hasSize(1);
        assertThat(upload.trainableProperty().get()).isTrue();
        assertThat(upload.importingProperty().get()).isFalse();
    }

    @Test
    void aBlockerDisablesTrainingUntilTheTargetIsFixed() {
        upload.fileChosen(Path.of("/tmp/credit.csv"));

        upload.targetProperty().set("age");

        assertThat(upload.trainableProperty().get()).isFalse();
        assertThat(upload.findings()).extracting(Finding::text)
                .containsExactly("Every value of age is the same: there is nothing to learn.");
        assertThat(upload.targetSentenceProperty().get()).isEqualTo("We will predict age: a number.");

        upload.targetProperty().set("class");

        assertThat(upload.trainableProperty().get()).isTrue();
        assertThat(upload.findings()).isEmpty();
    }

    @Test
    void aChangedColumnTypeIsSentToTheEngineAndIntoTraining() {
        upload.fileChosen(Path.of("/tmp/credit.csv"));

        upload.columns().get(0).typeProperty().set(ColumnType.CATEGORICAL);

        assertThat(overridesSeen.get(overridesSeen.size() - 1)).isEqualTo(Map.of("age", ColumnType.CATEGORICAL));
        TrainingSetup setup = upload.trainingSetup();
        assertThat(setup.typeOverrides()).isEqualTo(Map.of("age", ColumnType.CATEGORICAL));
        assertThat(setup.modelName()).isEqualTo("credit");
    }

    @Test
    void datasetIssuesAreListedBlockersFirstWithTheirColumn() {
        ScriptedDatasets withIssues = new ScriptedDatasets() {
            @Override
            public DatasetInfo importDataset(String name, Path csvFile) {
                return Fixtures.dataset("ds", name, List.of(
                        DataIssue.warning("job", "A fifth of the values are missing."),
                        DataIssue.blocker(null, "Only 3 rows: too few to learn from.")));
            }

            @Override
            public DatasetPreview preview(String datasetId, int maxRows) {
                return new DatasetPreview(List.of("age", "job", "class"), List.of());
            }

            @Override
            public TargetAnalysis analyzeTarget(String datasetId, String target, Map<String, ColumnType> overrides) {
                return new TargetAnalysis(target, Task.BINARY, List.of(), List.of());
            }
        };
        UploadViewModel model = new UploadViewModel(withIssues, new CurrentThreadTaskExecutor());

        model.fileChosen(Path.of("tiny.csv"));

        assertThat(model.findings()).extracting(Finding::text)
                .containsExactly("Only 3 rows: too few to learn from.", "job: A fifth of the values are missing.");
        assertThat(model.trainableProperty().get()).isFalse();
    }
}
