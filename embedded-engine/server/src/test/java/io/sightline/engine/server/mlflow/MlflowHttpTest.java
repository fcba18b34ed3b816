package io.sightline.engine.server.mlflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.sightline.engine.LocalPlatform;
import io.sightline.engine.SampleData;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.engine.server.mlflow.MlflowHttp.Answer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MLflow routes over plain HTTP: MLflow's error codes and statuses, int64 fields given as strings, the
 * log-batch limits, and the engine's own training seen through the MLflow API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MlflowHttpTest {
    private LocalPlatform platform;
    private Javalin server;
    private MlflowHttp http;
    private TrainingJob training;

    @BeforeAll
    void start(@TempDir Path directory) {
        platform = LocalPlatform.open(directory.resolve("platform"));
        DatasetInfo iris = platform.importDataset("iris", SampleData.copyTo(directory, SampleData.IRIS));
        TrainingJob job = platform.startTraining(TrainingRequest.of(iris.id(), "class", "iris-species")
                .withBudget(Duration.ofSeconds(30)));
        training = platform.awaitTraining(job.id(), Duration.ofMinutes(3));
        server = Javalin.create();
        MlflowRoutes.on(platform).mount(server);
        server.start("127.0.0.1", 0);
        http = new MlflowHttp(server.port());
    }

    @AfterAll
    void stop() {
        server.stop();
        platform.close();
    }

    @Test
    void unknownIdsAreResourceDoesNotExist() {
        assertError(http.get("runs/get?run_id=0123456789abcdef0123456789abcdef"), 404, "RESOURCE_DOES_NOT_EXIST");
        assertError(http.get("experiments/get?experiment_id=987654"), 404, "RESOURCE_DOES_NOT_EXIST");
        assertError(http.get("experiments/get-by-name?experiment_name=nothing-here"), 404, "RESOURCE_DOES_NOT_EXIST");
        assertError(http.get("registered-models/get?name=nothing-here"), 404, "RESOURCE_DOES_NOT_EXIST");
        assertError(http.get("model-versions/get?name=iris-species&version=99"), 404, "RESOURCE_DOES_NOT_EXIST");
        assertError(http.post("runs/log-metric", "{\"run_id\": \"missing\", \"key\": \"m\", \"value\": 1, "
                + "\"timestamp\": 1}"), 404, "RESOURCE_DOES_NOT_EXIST");
        Answer error = http.get("runs/get?run_id=missing");
        assertThat(error.body().size()).isEqualTo(2);
        assertThat(error.body().path("message").asText()).contains("missing");
    }

    @Test
    void duplicateNamesAreResourceAlreadyExists() {
        assertThat(http.post("experiments/create", "{\"name\": \"twice\"}").status()).isEqualTo(200);
        assertError(http.post("experiments/create", "{\"name\": \"twice\"}"), 400, "RESOURCE_ALREADY_EXISTS");
        assertThat(http.post("registered-models/create", "{\"name\": \"twice\"}").status()).isEqualTo(200);
        assertError(http.post("registered-models/create", "{\"name\": \"twice\"}"), 400, "RESOURCE_ALREADY_EXISTS");
    }

    @Test
    void badValuesAreInvalidParameterValue() {
        String runId = newRun("bad-values");
        assertError(http.post("experiments/create", "{}"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("experiments/create", "{not json"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("runs/log-metric", "{\"run_id\": \"" + runId + "\", \"key\": \"m\", \"value\": \"abc\", "
                + "\"timestamp\": 1}"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("runs/log-metric", "{\"run_id\": \"" + runId + "\", \"key\": \"m\", \"value\": 1, "
                + "\"timestamp\": \"12x\"}"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("runs/log-metric", "{\"run_id\": \"" + runId + "\", \"key\": \"m\", \"value\": 1}"),
                400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("runs/log-parameter", "{\"run_id\": \"" + runId + "\", \"key\": \"../x\", "
                + "\"value\": \"1\"}"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("runs/update", "{\"run_id\": \"" + runId + "\", \"status\": \"DONE\"}"), 400,
                "INVALID_PARAMETER_VALUE");
        assertError(http.post("runs/search", "{\"experiment_ids\": [\"0\"], \"filter\": \"metrics.m >> 1\"}"), 400,
                "INVALID_PARAMETER_VALUE");
        assertError(http.post("runs/search", "{\"experiment_ids\": [\"0\"], \"filter\": \"metrics.m > 'x'\"}"),
                400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("runs/search", "{\"experiment_ids\": [\"0\"], \"max_results\": 50001}"), 400,
                "INVALID_PARAMETER_VALUE");
        assertError(http.post("runs/search", "{\"experiment_ids\": [\"0\"], \"page_token\": \"garbage\"}"), 400,
                "INVALID_PARAMETER_VALUE");
        assertError(http.get("model-versions/get?name=iris-species&version=one"), 400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("registered-models/alias", "{\"name\": \"iris-species\", \"alias\": \"latest\", "
                + "\"version\": \"1\"}"), 400, "INVALID_PARAMETER_VALUE");
    }

    @Test
    void int64FieldsAreAcceptedAsStringsOrNumbers() {
        Answer created = http.post("runs/create", "{\"experiment_id\": \"0\", \"start_time\": \"1700000000000\"}");
        assertThat(created.status()).isEqualTo(200);
        JsonNode info = created.body().path("run").path("info");
        assertThat(info.path("start_time").asLong()).isEqualTo(1_700_000_000_000L);
        assertThat(info.path("start_time").isNumber()).isTrue();
        String runId = info.path("run_id").asText();
        assertThat(info.path("run_uuid").asText()).isEqualTo(runId);
        assertThat(info.path("lifecycle_stage").asText()).isEqualTo("active");
        assertThat(info.path("artifact_uri").asText()).endsWith("/0/" + runId + "/artifacts");

        assertThat(http.post("runs/log-metric", "{\"run_id\": \"" + runId + "\", \"key\": \"loss\", \"value\": 0.5, "
                + "\"timestamp\": \"1700000001000\", \"step\": \"3\"}").status()).isEqualTo(200);
        assertThat(http.post("runs/log-metric", "{\"run_id\": \"" + runId + "\", \"key\": \"loss\", \"value\": 0.25, "
                + "\"timestamp\": 1700000002000, \"step\": 4}").status()).isEqualTo(200);
        assertThat(http.post("runs/update", "{\"run_id\": \"" + runId + "\", \"status\": \"FINISHED\", "
                + "\"end_time\": \"1700000009000\"}").body().path("run_info").path("end_time").asLong())
                .isEqualTo(1_700_000_009_000L);
        assertThat(http.post("runs/log-batch", "{\"run_id\": \"" + runId + "\", \"metrics\": [{\"key\": \"loss\", "
                + "\"value\": 9, \"timestamp\": \"1700000003000\", \"step\": \"2\"}]}").status()).isEqualTo(200);
        JsonNode history = http.get("metrics/get-history?run_id=" + runId + "&metric_key=loss").body();
        assertThat(history.path("metrics").findValuesAsText("step")).containsExactly("3", "4", "2");
        assertThat(platform.run(runId).metrics()).containsEntry("loss", 0.25);
        assertThat(history.path("metrics").get(0).path("timestamp").asLong()).isEqualTo(1_700_000_001_000L);
        assertThat(http.post("runs/search", "{\"experiment_ids\": [\"0\"], \"max_results\": \"5\", "
                + "\"filter\": \"attributes.start_time = 1700000000000\"}").body().path("runs").findValuesAsText("run_id"))
                .containsExactly(runId);
    }

    @Test
    void logBatchKeepsMlflowsLimitsAndSavesNothingOfARefusedBatch() {
        String runId = newRun("limits");
        assertError(http.post("runs/log-batch", batch(runId, 1001, 0, 0)), 400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("runs/log-batch", batch(runId, 0, 101, 0)), 400, "INVALID_PARAMETER_VALUE");
        assertError(http.post("runs/log-batch", batch(runId, 0, 0, 101)), 400, "INVALID_PARAMETER_VALUE");
        Answer overTotal = http.post("runs/log-batch", batch(runId, 1000, 1, 0));
        assertError(overTotal, 400, "INVALID_PARAMETER_VALUE");
        assertThat(overTotal.body().path("message").asText()).contains("1000");
        assertThat(http.get("runs/get?run_id=" + runId).body().path("run").path("data").path("metrics").size())
                .isZero();

        assertThat(http.post("runs/log-batch", batch(runId, 800, 100, 100)).status()).isEqualTo(200);
        JsonNode data = http.get("runs/get?run_id=" + runId).body().path("run").path("data");
        assertThat(data.path("metrics").size()).isEqualTo(800);
        assertThat(data.path("params").size()).isEqualTo(100);
        assertThat(data.path("tags").size()).isEqualTo(101);

        String conflicting = "{\"run_id\": \"" + runId + "\", \"params\": [{\"key\": \"p0\", \"value\": \"other\"}], "
                + "\"metrics\": [{\"key\": \"late\", \"value\": 1, \"timestamp\": 5}]}";
        assertError(http.post("runs/log-batch", conflicting), 400, "INVALID_PARAMETER_VALUE");
        assertThat(http.get("metrics/get-history?run_id=" + runId + "&metric_key=late").body().path("metrics")
                .size()).isZero();
    }

    @Test
    void theEnginesTrainingIsAnMlflowRunInItsExperiment() {
        assertThat(training.state()).isEqualTo(JobState.SUCCEEDED);
        JsonNode experiment = http.get("experiments/get-by-name?experiment_name=iris").body().path("experiment");
        String experimentId = experiment.path("experiment_id").asText();
        JsonNode runs = http.post("runs/search", "{\"experiment_ids\": [\"" + experimentId + "\"], "
                + "\"filter\": \"params.target = 'class'\"}").body().path("runs");
        assertThat(runs.findValuesAsText("run_id")).containsExactly(training.runId());
        JsonNode run = runs.get(0);
        assertThat(run.path("info").path("status").asText()).isEqualTo("FINISHED");
        assertThat(run.path("data").path("metrics").findValuesAsText("key")).isNotEmpty();

        JsonNode model = http.get("registered-models/get?name=iris-species").body().path("registered_model");
        JsonNode version = model.path("latest_versions").get(0);
        assertThat(version.path("version").asText()).isEqualTo("1");
        assertThat(version.path("run_id").asText()).isEqualTo(training.runId());
        assertThat(version.path("source").asText()).startsWith("sightline-artifact:sha256/");
    }

    @Test
    void aServedModelIsNeitherRenamedNorDeleted() {
        platform.deploy("iris-live", "iris-species", 1);
        assertError(http.post("registered-models/rename", "{\"name\": \"iris-species\", \"new_name\": \"iris-2\"}"),
                400, "INVALID_PARAMETER_VALUE");
        assertError(http.send("DELETE", "/api/2.0/mlflow/registered-models/delete", "{\"name\": \"iris-species\"}"),
                400, "INVALID_PARAMETER_VALUE");
        assertThat(platform.modelVersion("iris-species", 1).artifactSha256()).isNotNull();
    }

    @Test
    void modelsAreRenamedAndDeletedWithTheirVersionsTagsAndAliases() {
        http.post("registered-models/create", "{\"name\": \"scratch\", \"tags\": [{\"key\": \"k\", \"value\": \"v\"}]}");
        http.post("model-versions/create", "{\"name\": \"scratch\", \"source\": \"file:///models/scratch\"}");
        http.post("registered-models/alias", "{\"name\": \"scratch\", \"alias\": \"best\", \"version\": \"1\"}");
        Answer renamed = http.post("registered-models/rename", "{\"name\": \"scratch\", \"new_name\": \"kept\"}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.body().path("registered_model").path("aliases").findValuesAsText("alias"))
                .containsExactly("best");
        assertError(http.get("registered-models/get?name=scratch"), 404, "RESOURCE_DOES_NOT_EXIST");
        assertThat(http.get("registered-models/alias?name=kept&alias=best").body().path("model_version")
                .path("source").asText()).isEqualTo("file:///models/scratch");

        assertThat(http.send("DELETE", "/api/2.0/mlflow/registered-models/alias",
                "{\"name\": \"kept\", \"alias\": \"best\"}").status()).isEqualTo(200);
        assertError(http.get("registered-models/alias?name=kept&alias=best"), 404, "RESOURCE_DOES_NOT_EXIST");
        assertThat(http.send("DELETE", "/api/2.0/mlflow/model-versions/delete?name=kept&version=1", null).status())
                .isEqualTo(200);
        assertThat(http.send("DELETE", "/api/2.0/mlflow/registered-models/delete", "{\"name\": \"kept\"}").status())
                .isEqualTo(200);
        assertThat(platform.models()).extracting(m -> m.name()).doesNotContain("kept", "scratch");
    }

    @Test
    void theAjaxPrefixAnswersTooAndUnknownEndpointsAreNamed() {
        assertThat(http.send("GET", "/ajax-api/2.0/mlflow/experiments/get?experiment_id=0", null).body()
                .path("experiment").path("name").asText()).isEqualTo("Default");
        assertError(http.get("experiments/no-such-thing"), 404, "ENDPOINT_NOT_FOUND");
    }

    private String newRun(String experimentName) {
        String experimentId = http.post("experiments/create", "{\"name\": \"" + experimentName + "\"}").body()
                .path("experiment_id").asText();
        return http.post("runs/create", "{\"experiment_id\": \"" + experimentId + "\"}").body()
                .path("run").path("info").path("run_id").asText();
    }

    private static String batch(String runId, int metrics, int params, int tags) {
        List<String> parts = new ArrayList<>();
        parts.add("\"metrics\": [" + IntStream.range(0, metrics).mapToObj(i -> "{\"key\": \"m" + i
                + "\", \"value\": " + i + ", \"timestamp\": 1000, \"step\": 0}").collect(Collectors.joining(", ")) + "]");
        parts.add("\"params\": [" + IntStream.range(0, params).mapToObj(i -> "{\"key\": \"p" + i
                + "\", \"value\": \"" + i + "\"}").collect(Collectors.joining(", ")) + "]");
        parts.add("\"tags\": [" + IntStream.range(0, tags).mapToObj(i -> "{\"key\": \"t" + i
                + "\", \"value\": \"" + i + "\"}").collect(Collectors.joining(", ")) + "]");
        return "{\"run_id\": \"" + runId + "\", " + String.join(", ", parts) + "}";
    }

    private static void assertError(Answer answer, int status, String errorCode) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.errorCode()).as(answer.body().toString()).isEqualTo(errorCode);
        assertThat(answer.body().path("message").asText()).isNotBlank();
    }
}
