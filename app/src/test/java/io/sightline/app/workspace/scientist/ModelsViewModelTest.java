package io.sightline.app.workspace.scientist;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.fakes.ScriptedDatasets;
import io.sightline.app.fakes.ScriptedRegistry;
import io.sightline.app.controls.LineageStep;
import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RegisteredModel;
import io.sightline.engine.api.Stage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelsViewModelTest {

    /** A registry with one model of one version, whose stage really changes when asked. */
    static class Registry implements ScriptedRegistry, ScriptedDatasets {
        Stage stage = Stage.STAGING;
        final List<String> stageCalls = new ArrayList<>();
        int versionLoads;
        PlatformException refuseStage;
        List<ModelVersion> moreVersions = List.of();

        @Override
        public List<RegisteredModel> models() {
            return List.of(ScientistRecords.model());
        }

        @Override
        public List<ModelVersion> modelVersions(String model) {
            versionLoads++;
            List<ModelVersion> versions = new ArrayList<>(moreVersions);
            versions.add(ScientistRecords.version(stage));
            return versions;
        }

        @Override
        public ModelVersion setStage(String model, int version, Stage newStage) {
            stageCalls.add(model + ":" + version + "→" + newStage);
            if (refuseStage != null) {
                throw refuseStage;
            }
            stage = newStage;
            return ScientistRecords.version(stage);
        }

        @Override
        public List<DatasetInfo> datasets() {
            return List.of(ScientistRecords.dataset());
        }
    }

    private final Registry platform = new Registry();
    private final ModelsViewModel viewModel = new ModelsViewModel(platform, platform, new CurrentThreadTaskExecutor());

    private VersionRow selectTheVersion() {
        viewModel.reload();
        viewModel.selectModel(viewModel.models().get(0));
        viewModel.selectVersion(viewModel.versions().get(0));
        return viewModel.selectedVersionProperty().get();
    }

    @Test
    void aModelsVersionsShowStageMetricsAndArtifact() {
        viewModel.reload();
        viewModel.selectModel(viewModel.models().get(0));

        assertThat(viewModel.models()).extracting(ModelRow::name, ModelRow::latest).containsExactly(
                org.assertj.core.groups.Tuple.tuple("credit-risk", "v1"));
        VersionRow row = viewModel.versions().get(0);
        assertThat(row.number()).isEqualTo("1");
        assertThat(row.stage()).isEqualTo("Staging");
        assertThat(row.metrics()).isEqualTo("accuracy 0.765 · auc 0.801");
        assertThat(row.artifact()).isEqualTo("c0ffee12dead · 2.3 MB");
        assertThat(row.runId()).isEqualTo(ScientistRecords.RUN_ID);
        assertThat(row.datasetSha()).isEqualTo("9f2c4e1a7b3d");
    }

    @Test
    void aVersionRegisteredThroughMlflowSaysItHasNoArtifact() {
        platform.moreVersions = List.of(ScientistRecords.externalVersion());
        viewModel.reload();
        viewModel.selectModel(viewModel.models().get(0));
        VersionRow row = viewModel.versions().get(0);
        viewModel.selectVersion(row);

        assertThat(row.number()).isEqualTo("2");
        assertThat(row.algorithm()).isEqualTo("—");
        assertThat(row.metrics()).isEqualTo("—");
        assertThat(row.artifact()).isEqualTo("none: registered through MLflow, not deployable");
        assertThat(viewModel.versionFigures()).contains(new Figure("artifact SHA-256", "—"),
                new Figure("artifact size", "none: registered through MLflow, not deployable"));
        assertThat(viewModel.lineage().get(0)).isEqualTo(new LineageStep("dataset", "—", "—"));
    }

    @Test
    void aVersionsLineageNamesDatasetRunAndVersion() {
        selectTheVersion();

        assertThat(viewModel.lineage()).containsExactly(
                new LineageStep("dataset", "credit-g", "9f2c4e1a7b3d"),
                new LineageStep("run", ScientistRecords.RUN_ID, ""),
                new LineageStep("version", "credit-risk v1", "Staging"));
    }

    @Test
    void changingTheStageCallsThePlatformAndReloadsTheVersions() {
        VersionRow row = selectTheVersion();
        int loadsBefore = platform.versionLoads;

        viewModel.changeStage(row, Stage.PRODUCTION);

        assertThat(platform.stageCalls).containsExactly("credit-risk:1→PRODUCTION");
        assertThat(platform.versionLoads).isEqualTo(loadsBefore + 1);
        assertThat(viewModel.versions().get(0).stage()).isEqualTo("Production");
        assertThat(viewModel.selectedVersionProperty().get().stage()).isEqualTo("Production");
        assertThat(viewModel.lineage().get(2).detail()).isEqualTo("Production");
        assertThat(viewModel.changingStageProperty().get()).isFalse();
    }

    @Test
    void theConfirmationSaysFromWhereToWhere() {
        VersionRow row = selectTheVersion();

        assertThat(viewModel.confirmation(row, Stage.ARCHIVED))
                .isEqualTo("Move credit-risk version 1 from Staging to Archived?");
    }

    @Test
    void aRefusedStageChangeIsShownBesideTheStage() {
        VersionRow row = selectTheVersion();
        platform.refuseStage = new PlatformException(ErrorCode.CONFLICT,
                "Version 1 is deployed as 'credit-live'; undeploy it before archiving.");

        viewModel.changeStage(row, Stage.ARCHIVED);

        assertThat(viewModel.stageErrorProperty().get())
                .isEqualTo("Version 1 is deployed as 'credit-live'; undeploy it before archiving.");
        assertThat(viewModel.versions().get(0).stage()).isEqualTo("Staging");
    }

    @Test
    void choosingTheCurrentStageDoesNothing() {
        VersionRow row = selectTheVersion();

        viewModel.changeStage(row, Stage.STAGING);

        assertThat(platform.stageCalls).isEmpty();
    }

    @Test
    void anEmptyRegistrySaysWhereVersionsComeFrom() {
        Registry emptyRegistry = new Registry() {
            @Override
            public List<RegisteredModel> models() {
                return List.of();
            }
        };
        ModelsViewModel empty = new ModelsViewModel(emptyRegistry, emptyRegistry, new CurrentThreadTaskExecutor());

        empty.reload();

        assertThat(empty.status().getPlaceholder()).startsWith("No registered models yet");
    }
}
