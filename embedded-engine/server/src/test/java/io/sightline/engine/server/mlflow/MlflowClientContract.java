package io.sightline.engine.server.mlflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import io.sightline.engine.LocalPlatform;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.RunStatus;
import io.sightline.engine.api.Stage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mlflow.api.proto.ModelRegistry.RegisteredModel;
import org.mlflow.api.proto.ModelRegistry.RegisteredModelAlias;
import org.mlflow.api.proto.Service;
import org.mlflow.api.proto.Service.CreateRun;
import org.mlflow.api.proto.Service.Metric;
import org.mlflow.api.proto.Service.Param;
import org.mlflow.api.proto.Service.Run;
import org.mlflow.api.proto.Service.RunTag;
import org.mlflow.api.proto.Service.ViewType;
import org.mlflow.tracking.MlflowClient;
import org.mlflow.tracking.MlflowHttpException;
import org.mlflow.tracking.RunsPage;

/**
 * MLflow's official Java client, unchanged, logging to the MLflow routes on loopback: what it logs must come
 * back through the client and appear as ordinary runs and versions of the {@link LocalPlatform}. Subclasses
 * say which database is behind the platform.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MlflowClientContract {
    private LocalPlatform platform;
    private Javalin server;
    private MlflowClient client;

    protected abstract LocalPlatform open(Path directory);

    @BeforeAll
    void start(@TempDir Path directory) {
        platform = open(directory);
        server = Javalin.create();
        MlflowRoutes.on(platform).mount(server);
        server.start("127.0.0.1", 0);
        client = new MlflowClient("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    void stop() {
        client.close();
        server.stop();
        platform.close();
    }

    @Test
    void experimentsAreCreatedFoundRenamedAndDeleted() {
        String id = client.createExperiment("churn");
        assertThat(client.getExperiment(id).getName()).isEqualTo("churn");
        assertThat(client.getExperiment(id).getLifecycleStage()).isEqualTo("active");
        assertThat(client.getExperimentByName("churn")).map(Service.Experiment::getExperimentId).contains(id);
        assertThat(client.getExperimentByName("no-such-experiment")).isEmpty();
        assertThat(client.getExperiment("0").getName()).isEqualTo("Default");

        client.renameExperiment(id, "churn-2026");
        client.setExperimentTag(id, "team", "risk");
        assertThat(client.getExperiment(id).getName()).isEqualTo("churn-2026");
        assertThat(client.searchExperiments("tags.team = 'risk'").getItems())
                .extracting(Service.Experiment::getExperimentId).containsExactly(id);

        client.deleteExperiment(id);
        assertThat(client.getExperiment(id).getLifecycleStage()).isEqualTo("deleted");
        assertThat(client.searchExperiments("name = 'churn-2026'").getItems()).isEmpty();
        client.restoreExperiment(id);
        assertThat(client.searchExperiments("name LIKE 'churn%'").getItems())
                .extracting(Service.Experiment::getName).containsExactly("churn-2026");
    }

    @Test
    void loggedRunsComeBackThroughTheClientAndAppearAsPlatformRuns() {
        String experimentId = client.createExperiment("pricing");
        long start = Instant.parse("2026-03-01T10:00:00Z").toEpochMilli();
        String runId = client.createRun(CreateRun.newBuilder().setExperimentId(experimentId).setRunName("baseline")
                .setStartTime(start).setUserId("ana").build()).getRunId();
        client.logParam(runId, "alpha", "0.5");
        client.logMetric(runId, "rmse", 0.9, start + 1_000, 0);
        client.logMetric(runId, "rmse", 0.7, start + 2_000, 1);
        client.setTag(runId, "team", "risk");
        client.logBatch(runId,
                List.of(metric("accuracy", 0.80, start + 3_000, 0), metric("accuracy", 0.85, start + 4_000, 1)),
                List.of(Param.newBuilder().setKey("depth").setValue("4").build()),
                List.of(RunTag.newBuilder().setKey("stage").setValue("experiment").build()));

        assertThat(client.getMetricHistory(runId, "rmse")).extracting(Metric::getValue, Metric::getStep)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0.9, 0L), org.assertj.core.groups.Tuple.tuple(0.7, 1L));
        Run run = client.getRun(runId);
        assertThat(run.getInfo().getRunName()).isEqualTo("baseline");
        assertThat(run.getInfo().getStartTime()).isEqualTo(start);
        assertThat(run.getInfo().getExperimentId()).isEqualTo(experimentId);
        assertThat(run.getInfo().getUserId()).isEqualTo("ana");
        assertThat(byKey(run.getData().getParamsList(), Param::getKey, Param::getValue))
                .containsExactlyInAnyOrderEntriesOf(Map.of("alpha", "0.5", "depth", "4"));
        assertThat(byKey(run.getData().getMetricsList(), Metric::getKey, Metric::getValue))
                .containsExactlyInAnyOrderEntriesOf(Map.of("rmse", 0.7, "accuracy", 0.85));
        assertThat(byKey(run.getData().getTagsList(), RunTag::getKey, RunTag::getValue))
                .containsEntry("team", "risk").containsEntry("stage", "experiment")
                .containsEntry("mlflow.runName", "baseline");

        assertThatThrownBy(() -> client.logParam(runId, "alpha", "0.6"))
                .isInstanceOfSatisfying(MlflowHttpException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getBodyMessage()).contains("INVALID_PARAMETER_VALUE").contains("alpha");
                });
        client.logParam(runId, "alpha", "0.5");

        client.setTerminated(runId, Service.RunStatus.FINISHED, start + 60_000);
        client.deleteTag(runId, "stage");

        RunInfo seen = platform.runs().stream().filter(r -> r.id().equals(runId)).findFirst().orElseThrow();
        assertThat(seen.experiment()).isEqualTo("pricing");
        assertThat(seen.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(seen.params()).containsExactlyInAnyOrderEntriesOf(Map.of("alpha", "0.5", "depth", "4"));
        assertThat(seen.metrics()).containsExactlyInAnyOrderEntriesOf(Map.of("rmse", 0.7, "accuracy", 0.85));
        assertThat(seen.startedAt()).isEqualTo(Instant.ofEpochMilli(start));
        assertThat(seen.finishedAt()).isEqualTo(Instant.ofEpochMilli(start + 60_000));
        assertThat(seen.tags()).containsEntry("team", "risk").doesNotContainKey("stage");
        assertThat(seen.leaderboard()).isEmpty();
        assertThat(seen.testEvaluation()).isNull();
        assertThat(platform.run(runId)).isEqualTo(seen);
    }

    @Test
    void searchFiltersOrdersAndPagesRuns() {
        String experimentId = client.createExperiment("search");
        String good = runWith(experimentId, "good", "0.5", 0.7, "risk");
        String poor = runWith(experimentId, "poor", "0.1", 1.4, "risk");
        String other = runWith(experimentId, "other", "0.5", 0.9, "growth");
        List<String> ids = List.of(experimentId);

        assertThat(runIds(client.searchRuns(ids, "metrics.rmse < 1 and params.alpha = '0.5'")))
                .containsExactlyInAnyOrder(good, other);
        assertThat(runIds(client.searchRuns(ids, "tags.team = 'risk' and metrics.rmse > 1"))).containsExactly(poor);
        client.setTerminated(good);
        assertThat(runIds(client.searchRuns(ids, "attributes.status = 'FINISHED'"))).containsExactly(good);

        RunsPage first = client.searchRuns(ids, "", ViewType.ACTIVE_ONLY, 2, List.of("metrics.rmse DESC"));
        assertThat(first.getItems()).extracting(r -> r.getInfo().getRunId()).containsExactly(poor, other);
        assertThat(first.hasNextPage()).isTrue();
        assertThat(first.getNextPage().getItems()).extracting(r -> r.getInfo().getRunId()).containsExactly(good);

        client.deleteRun(poor);
        assertThat(runIds(client.searchRuns(ids, ""))).containsExactlyInAnyOrder(good, other);
        assertThat(runIds(client.searchRuns(ids, "", ViewType.DELETED_ONLY))).containsExactly(poor);
        assertThat(platform.runs()).extracting(RunInfo::id).contains(good, other).doesNotContain(poor);
        client.restoreRun(poor);
        assertThat(platform.runs()).extracting(RunInfo::id).contains(poor);
    }

    @Test
    void registeredModelsVersionsStagesAndAliases() {
        String runId = client.createRun(client.createExperiment("registry")).getRunId();
        client.sendPost("registered-models/create", "{\"name\": \"churn-model\", \"description\": \"first cut\"}");
        client.sendPost("model-versions/create",
                "{\"name\": \"churn-model\", \"source\": \"s3://models/churn/1\", \"run_id\": \"" + runId + "\"}");
        client.sendPost("model-versions/create", "{\"name\": \"churn-model\", \"source\": \"s3://models/churn/2\"}");
        client.sendPost("model-versions/transition-stage",
                "{\"name\": \"churn-model\", \"version\": \"1\", \"stage\": \"Production\"}");
        client.sendPost("model-versions/transition-stage", "{\"name\": \"churn-model\", \"version\": \"2\", "
                + "\"stage\": \"production\", \"archive_existing_versions\": true}");
        client.sendPost("registered-models/alias",
                "{\"name\": \"churn-model\", \"alias\": \"champion\", \"version\": \"2\"}");

        assertThat(client.getModelVersion("churn-model", "1").getCurrentStage()).isEqualTo("Archived");
        assertThat(client.getModelVersion("churn-model", "1").getRunId()).isEqualTo(runId);
        assertThat(client.getModelVersion("churn-model", "2").getCurrentStage()).isEqualTo("Production");
        assertThat(client.getModelVersion("churn-model", "2").getAliasesList()).containsExactly("champion");
        assertThat(client.getLatestVersions("churn-model", List.of("Production")))
                .extracting(v -> v.getVersion()).containsExactly("2");
        assertThat(client.getModelVersionDownloadUri("churn-model", "2")).isEqualTo("s3://models/churn/2");
        assertThat(client.searchModelVersions("name = 'churn-model'").getItems()).extracting(v -> v.getVersion())
                .containsExactly("2", "1");
        RegisteredModel model = client.getRegisteredModel("churn-model");
        assertThat(model.getDescription()).isEqualTo("first cut");
        assertThat(model.getAliasesList()).extracting(RegisteredModelAlias::getAlias, RegisteredModelAlias::getVersion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("champion", "2"));
        assertThat(client.sendGet("registered-models/alias?name=churn-model&alias=champion"))
                .contains("\"version\":\"2\"").contains("s3://models/churn/2");

        List<ModelVersion> versions = platform.modelVersions("churn-model");
        assertThat(versions).extracting(ModelVersion::version).containsExactly(2, 1);
        assertThat(versions).allSatisfy(v -> assertThat(v.artifactSha256()).isNull());
        assertThat(versions.get(0).stage()).isEqualTo(Stage.PRODUCTION);
        assertThatThrownBy(() -> platform.deploy("churn-live", "churn-model", 2))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT);
                    assertThat(e.getMessage()).contains("cannot be deployed");
                });
        assertThat(platform.deployments()).isEmpty();
    }

    private String runWith(String experimentId, String name, String alpha, double rmse, String team) {
        String runId = client.createRun(CreateRun.newBuilder().setExperimentId(experimentId).setRunName(name)
                .build()).getRunId();
        client.logBatch(runId, List.of(metric("rmse", rmse, System.currentTimeMillis(), 0)),
                List.of(Param.newBuilder().setKey("alpha").setValue(alpha).build()),
                List.of(RunTag.newBuilder().setKey("team").setValue(team).build()));
        return runId;
    }

    private static Metric metric(String key, double value, long timestamp, long step) {
        return Metric.newBuilder().setKey(key).setValue(value).setTimestamp(timestamp).setStep(step).build();
    }

    private static List<String> runIds(List<Service.RunInfo> runs) {
        return runs.stream().map(Service.RunInfo::getRunId).toList();
    }

    private static <T, V> Map<String, V> byKey(List<T> items, Function<T, String> key, Function<T, V> value) {
        return items.stream().collect(Collectors.toMap(key, value));
    }

}
