package io.sightline.engine.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.TrainedOnSignalData;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowStart;
import io.sightline.engine.api.FlowState;
import io.sightline.engine.api.FlowSubject;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.NewProject;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.StepState;
import io.sightline.engine.registry.ModelTransfer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Flow 2 ("cross-project") on the embedded engine: the signal model belongs to the project "risk", owned by olga;
 * ann, of "marketing", asks to use a version of it. Only olga approves; the artifact crosses with its checksum and
 * lineage, is verified in "marketing" and released there by flow 1; a changed artifact is refused on import.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class CrossProjectFlowTest extends TrainedOnSignalData {
    private static final Duration FLOW_END = Duration.ofSeconds(60);
    private static final String REQUESTER = "ann";
    private static final String OWNER = "olga";

    @Override
    protected long seed() {
        return 13;
    }

    @BeforeAll
    void projects() {
        platform.createProject(new NewProject("risk", OWNER));
        platform.createProject(new NewProject("marketing", "mark"));
        platform.setModelProject("signal", "risk");
    }

    private Flow request(String targetModel, String by) throws InterruptedException {
        String id = platform.startFlow(new FlowStart("cross-project", new FlowSubject("signal",
                run.model().version(), null), Map.of("targetProject", "marketing", "targetModel", targetModel,
                        "minMetric", "0.5")), by).id();
        return await(id, f -> f.state() == FlowState.WAITING_FOR_APPROVAL || f.state().ended());
    }

    @Test
    void onlyTheSourceOwnerApprovesAndTheCopyArrivesVerifiedWithItsLineageAndIsReleased() throws Exception {
        Flow waiting = request("signal-for-marketing", REQUESTER);
        assertThat(waiting.state()).as("flow %s", waiting).isEqualTo(FlowState.WAITING_FOR_APPROVAL);
        assertThat(waiting.step("request").outputs()).containsEntry("requestedBy", REQUESTER)
                .containsEntry("sourceProject", "risk").containsEntry("sourceOwner", OWNER)
                .containsEntry("targetProject", "marketing").containsEntry("targetModel", "signal-for-marketing");
        assertThat(waiting.step("approval").message()).isEqualTo("Waiting for approval by olga, the owner of the"
                + " project 'risk'; " + REQUESTER + " asked, and may not decide.");
        String id = waiting.id();

        assertThatThrownBy(() -> platform.approveFlowStep(id, "approval", REQUESTER, "please"))
                .isInstanceOf(PlatformException.class).hasMessageContaining("someone else must approve");
        assertThatThrownBy(() -> platform.approveFlowStep(id, "approval", "bob", "looks fine to me"))
                .isInstanceOf(PlatformException.class).hasMessageContaining("Only olga")
                .hasMessageContaining("'risk'");
        assertThat(platform.flow(id).step("approval").state()).isEqualTo(StepState.WAITING_FOR_APPROVAL);
        platform.approveFlowStep(id, "approval", OWNER, "marketing may use it");

        Flow done = await(id, f -> f.state().ended());
        assertThat(done.state()).as("flow %s", done).isEqualTo(FlowState.SUCCEEDED);
        ModelVersion source = platform.modelVersion("signal", run.model().version());
        Map<String, String> exported = done.step("export").outputs();
        assertThat(exported).containsEntry("exportSha256", source.artifactSha256()).containsEntry("approvedBy", OWNER)
                .containsEntry("runId", source.runId()).containsEntry("datasetSha256", source.datasetSha256());
        assertThat(Path.of(exported.get("lineageFile"))).content().contains("\"sourceProject\":\"risk\"");

        int version = Integer.parseInt(done.step("import").outputs().get("version"));
        ModelVersion copy = platform.modelVersion("signal-for-marketing", version);
        assertThat(copy.artifactSha256()).isEqualTo(source.artifactSha256());
        assertThat(platform.projectOf("signal-for-marketing").name()).isEqualTo("marketing");
        assertThat(platform.modelCatalog().version("signal-for-marketing", version).tags())
                .containsEntry("lineage.sourceProject", "risk").containsEntry("lineage.sourceModel", "signal")
                .containsEntry("lineage.sourceVersion", String.valueOf(source.version()))
                .containsEntry("lineage.approvedBy", OWNER).containsEntry("lineage.requestedBy", REQUESTER);
        Map<String, String> verified = done.step("verify").outputs();
        assertThat(verified.get("alike")).isEqualTo(verified.get("rows")).isNotEqualTo("0");
        assertThat(done.step("withdraw").state()).isEqualTo(StepState.SKIPPED);

        Flow release = platform.flow(done.step("release").outputs().get("flowId"));
        assertThat(release.definition().id()).isEqualTo("same-project");
        assertThat(release.subject()).isEqualTo(new FlowSubject("signal-for-marketing", version, null));
        assertThat(release.startedBy()).isEqualTo(REQUESTER);
    }

    @Test
    void anArtifactChangedBeforeTheImportReadsItIsRefusedAndTheFlowTakesItsFailureBranch() throws Exception {
        Flow waiting = request("signal-tampered", REQUESTER);
        // the export keeps a file already in its folder (an earlier attempt's): bytes put there stand for a file
        // changed in the exchange folder, and the import must notice that they are not what was exported
        Path folder = platform.dataDirectory().resolve("exports").resolve(waiting.id());
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(ModelTransfer.ARTIFACT_FILE), "not the model that was approved");
        platform.approveFlowStep(waiting.id(), "approval", OWNER, "fine");

        Flow done = await(waiting.id(), f -> f.state().ended());
        assertThat(done.state()).isEqualTo(FlowState.FAILED);
        assertThat(done.step("import").state()).isEqualTo(StepState.FAILED);
        assertThat(done.step("import").message()).contains("SHA-256").contains("changed after it was exported");
        assertThat(done.step("verify").state()).isEqualTo(StepState.SKIPPED);
        assertThat(done.step("withdraw").state()).isEqualTo(StepState.PASSED);
        assertThatThrownBy(() -> platform.modelVersions("signal-tampered")).isInstanceOfSatisfying(
                PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void theSourceOwnerCannotRequestWhatOnlyTheyMayApprove() throws Exception {
        Flow done = request("signal-by-owner", OWNER);
        assertThat(done.state()).isEqualTo(FlowState.FAILED);
        assertThat(done.step("request").message()).contains("olga owns the project 'risk'");
        assertThat(done.step("withdraw").state()).isEqualTo(StepState.PASSED);
    }

    private Flow await(String flowId, Predicate<Flow> condition) throws InterruptedException {
        return FlowWaits.await(platform, flowId, FLOW_END, condition);
    }
}
