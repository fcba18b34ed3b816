package io.sightline.engine.server;

import static io.sightline.engine.server.HttpCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.sightline.engine.SampleData;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.ModelImport;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The platform API over HTTP on one server with one trained iris model: auth, lists, errors, events, metrics. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlatformServerTest {
    private static final String IRIS_ROW = "{\"sepallength\":\"5.1\",\"sepalwidth\":3.5,\"petallength\":\"1.4\",\"petalwidth\":\"0.2\"}";

    /** 24 rows: enough for the importer to accept the file. */
    private static final String TINY_CSV = "a,b\n" + "1,x\n2,y\n3,x\n".repeat(8);

    private Path directory;
    private TestServer server;
    private HttpCalls http;
    private DatasetInfo iris;

    @BeforeAll
    void startAndTrain(@TempDir Path temp) {
        directory = temp;
        server = TestServer.start(temp.resolve("data"), ServerSettings.loopback().withHeartbeat(Duration.ofMillis(200)));
        http = new HttpCalls(server.url(), server.token());
        iris = server.platform().importDataset("iris", SampleData.copyTo(temp, SampleData.IRIS));
        TrainingJob job = server.platform().startTraining(new TrainingRequest(iris.id(), "class", Map.of(), 3,
                Duration.ofSeconds(30), 42, "iris"));
        RunInfo run = server.platform().run(server.platform().awaitTraining(job.id(), Duration.ofMinutes(3)).runId());
        server.platform().deploy("iris-live", run.model().model(), run.model().version());
    }

    @AfterAll
    void stop() {
        server.stop();
    }

    @Test
    void everythingButTheHealthProbesNeedsAValidToken() {
        HttpResponse<String> anonymous = http.withToken(null).get("/api/v1/datasets");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(json(anonymous).path("code").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(json(anonymous).path("message").asText()).contains("token create");

        HttpResponse<String> wrong = http.withToken("sl_not-a-real-token").get("/api/v1/datasets");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("sl_not-a-real-token");
        assertThat(http.withToken(null).get("/metrics").statusCode()).isEqualTo(401);
        assertThat(http.withToken(null).get("/api/v1/events?since=0").statusCode()).isEqualTo(401);

        HttpResponse<String> health = http.withToken(null).get("/api/v1/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).path("components").findValuesAsText("component")).contains("database", "scoring");
        assertThat(http.withToken(null).get("/v2/health/live").statusCode()).isNotEqualTo(401);
        assertThat(http.withToken(null).get("/v2/health/ready").statusCode()).isNotEqualTo(401);
        assertThat(http.get("/api/v1/datasets").statusCode()).isEqualTo(200);
    }

    @Test
    void everyListIsPaged() {
        for (int i = 0; i < 3; i++) {
            assertThat(http.post("/api/v1/datasets?name=tiny-" + i, "text/csv", TINY_CSV).statusCode())
                    .isEqualTo(201);
        }
        long total = server.platform().datasets().size();
        JsonNode page = json(http.get("/api/v1/datasets?offset=1&limit=2"));
        assertThat(page.path("offset").asInt()).isEqualTo(1);
        assertThat(page.path("limit").asInt()).isEqualTo(2);
        assertThat(page.path("total").asLong()).isEqualTo(total);
        assertThat(page.path("items").size()).isEqualTo(2);
        assertThat(page.path("items").get(0).path("id").asText())
                .isEqualTo(server.platform().datasets().get(1).id());
        JsonNode past = json(http.get("/api/v1/datasets?offset=" + (total + 5)));
        assertThat(past.path("items").size()).isZero();
        assertThat(past.path("limit").asInt()).isEqualTo(100);

        for (String list : List.of("/api/v1/training-jobs", "/api/v1/runs", "/api/v1/models",
                "/api/v1/models/iris/versions", "/api/v1/deployments", "/api/v1/deployments/iris-live/predictions",
                "/api/v1/deployments/iris-live/capacity-tests", "/api/v1/flow-definitions", "/api/v1/flows")) {
            JsonNode first = json(http.get(list + "?limit=1"));
            assertThat(first.has("items") && first.has("offset") && first.has("limit") && first.has("total"))
                    .as(list).isTrue();
        }
        HttpResponse<String> badLimit = http.get("/api/v1/runs?limit=0");
        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(json(badLimit).path("message").asText()).contains("'limit'", "1 to 1000");
        assertThat(http.get("/api/v1/runs?offset=minus").statusCode()).isEqualTo(400);
    }

    @Test
    void failuresCarryTheirCodeAndTheMatchingStatus() {
        HttpResponse<String> missing = http.get("/api/v1/datasets/ds_nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).path("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(json(missing).path("message").asText()).contains("ds_nope");

        HttpResponse<String> badName = http.put("/api/v1/deployments/bad%20name!", "{\"model\":\"iris\",\"version\":1}");
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(json(badName).path("code").asText()).isEqualTo("INVALID_INPUT");

        StringBuilder ragged = new StringBuilder("a,b,c\n");
        for (int i = 0; i < 30; i++) {
            ragged.append(i).append(',').append(i).append(i == 17 ? "\n" : ",x\n");
        }
        HttpResponse<String> badFile = http.post("/api/v1/datasets?name=ragged", "text/csv", ragged.toString());
        assertThat(badFile.statusCode()).isEqualTo(400);
        assertThat(json(badFile).path("code").asText()).isEqualTo("BAD_FILE");
        assertThat(json(badFile).path("line").asLong()).isEqualTo(19);

        HttpResponse<String> noRoute = http.get("/api/v1/nothing-here");
        assertThat(noRoute.statusCode()).isEqualTo(404);
        assertThat(json(noRoute).path("code").asText()).isEqualTo("NOT_FOUND");

        HttpResponse<String> wrongVersion = http.get("/api/v1/models/iris/versions/first");
        assertThat(wrongVersion.statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/models/iris/versions/99").statusCode()).isEqualTo(404);
    }

    @Test
    void badJsonOrAMissingFieldIsA400WithAPlainMessage() {
        HttpResponse<String> broken = http.post("/api/v1/training-jobs", "application/json", "{\"datasetId\": ");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(json(broken).path("message").asText()).startsWith("The request body is not valid JSON");

        HttpResponse<String> noTarget = http.post("/api/v1/training-jobs", "application/json",
                "{\"datasetId\":\"" + iris.id() + "\"}");
        assertThat(noTarget.statusCode()).isEqualTo(400);
        assertThat(json(noTarget).path("message").asText()).isEqualTo("The request body lacks the field 'target'.");

        HttpResponse<String> noVersion = http.put("/api/v1/deployments/other", "{\"model\":\"iris\"}");
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(json(noVersion).path("message").asText()).contains("'version'");

        HttpResponse<String> badFolds = http.post("/api/v1/training-jobs", "application/json",
                "{\"datasetId\":\"" + iris.id() + "\",\"target\":\"class\",\"folds\":1}");
        assertThat(badFolds.statusCode()).isEqualTo(400);
        assertThat(json(badFolds).path("message").asText()).contains("between 2 and 20 folds");

        HttpResponse<String> array = http.post("/api/v1/deployments/iris-live/predictions", "application/json", "[1,2]");
        assertThat(array.statusCode()).isEqualTo(400);
        assertThat(json(array).path("message").asText()).contains("must be a JSON object");

        HttpResponse<String> longStep = http.post("/api/v1/deployments/iris-live/capacity-tests", "application/json",
                "{\"plan\":{\"startPerSecond\":10,\"endPerSecond\":20,\"steps\":2,\"stepLength\":\"PT2M\","
                        + "\"percentile\":\"P95\",\"sloMillis\":50,\"maxErrorRate\":0.01,\"concurrency\":4}}");
        assertThat(longStep.statusCode()).isEqualTo(400);
        assertThat(json(longStep).path("message").asText()).isEqualTo("Hold each step from 1 to 60 seconds.");

        HttpResponse<String> noStart = http.post("/api/v1/flows", "application/json", "{\"by\":\"ana\"}");
        assertThat(noStart.statusCode()).isEqualTo(400);
        assertThat(json(noStart).path("message").asText()).isEqualTo("The request body lacks the field 'start'.");
        HttpResponse<String> noSubject = http.post("/api/v1/flows", "application/json",
                "{\"start\":{\"definition\":\"same-project\"}}");
        assertThat(noSubject.statusCode()).isEqualTo(400);
        assertThat(json(noSubject).path("message").asText()).isEqualTo("Say which model version the flow works on.");
        // a token says who pauses, so the body may be left out; the flow is then looked for
        HttpResponse<String> pauseWithoutBody = http.post("/api/v1/flows/flow_nope/pause", "application/json", "");
        assertThat(pauseWithoutBody.statusCode()).isEqualTo(404);
        assertThat(json(pauseWithoutBody).path("message").asText()).contains("flow_nope");

        HttpResponse<String> badStage = http.put("/api/v1/models/iris/versions/1/stage", "{\"stage\":\"LIVE\"}");
        assertThat(badStage.statusCode()).isEqualTo(400);
        assertThat(json(badStage).path("code").asText()).isEqualTo("INVALID_INPUT");
    }

    @Test
    void alertRulesAndNotificationSettingsTravelAsJson() {
        String rule = "{\"name\":\"slow\",\"deployment\":\"iris-live\",\"metric\":\"LATENCY_P99_MS\","
                + "\"comparison\":\"GREATER\",\"threshold\":250,\"window\":300,\"severity\":\"WARNING\","
                + "\"retrain\":false,\"enabled\":true}";
        HttpResponse<String> saved = http.post("/api/v1/alert-rules", "application/json", rule);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        String id = json(saved).path("id").asText();
        assertThat(json(saved).path("spec").path("window").asDouble()).isEqualTo(300.0);
        JsonNode rules = json(http.get("/api/v1/alert-rules"));
        assertThat(rules.path("total").asLong()).isEqualTo(1);
        assertThat(rules.path("items").get(0).path("spec").path("name").asText()).isEqualTo("slow");
        assertThat(http.send(http.request("/api/v1/alert-rules/" + id).DELETE().build()).statusCode()).isEqualTo(204);
        assertThat(json(http.get("/api/v1/alert-rules")).path("total").asLong()).isZero();
        assertThat(json(http.get("/api/v1/alerts?includeResolved=true")).path("items").isArray()).isTrue();
        assertThat(http.get("/api/v1/alerts?includeResolved=maybe").statusCode()).isEqualTo(400);

        HttpResponse<String> noMetric = http.post("/api/v1/alert-rules", "application/json", "{\"name\":\"x\"}");
        assertThat(noMetric.statusCode()).isEqualTo(400);
        assertThat(json(noMetric).path("message").asText()).contains("lacks the field");
        assertThat(http.get("/api/v1/notification-settings").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/deployments/iris-live/traffic?window=yesterday").statusCode()).isEqualTo(400);
        HttpResponse<String> notArray = http.post("/api/v1/deployments/iris-live/outcomes", "application/json", "{}");
        assertThat(notArray.statusCode()).isEqualTo(400);
        assertThat(json(notArray).path("message").asText()).contains("JSON array of outcomes");
    }

    @Test
    void theOpenInferenceProtocolIsServedBehindTheSameTokens() throws IOException {
        assertThat(http.withToken(null).get("/v2/health/live").statusCode()).isEqualTo(200);
        String infer = "{\"id\":\"r-1\",\"inputs\":[{\"name\":\"input\",\"datatype\":\"FP64\",\"shape\":[1,4],"
                + "\"data\":[5.1,3.5,1.4,0.2]}]}";
        assertThat(http.withToken(null).post("/v2/models/iris-live/infer", "application/json", infer).statusCode())
                .isEqualTo(401);

        HttpResponse<String> answer = http.post("/v2/models/iris-live/infer", "application/json", infer);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = json(answer);
        assertThat(body.path("id").asText()).isEqualTo("r-1");
        assertThat(body.path("model_name").asText()).isEqualTo("iris-live");
        assertThat(body.path("outputs").get(0).path("data").get(0).asText()).isEqualTo("Iris-setosa");
    }

    @Test
    void theOpenApiDocumentDescribesEveryRegisteredRoute() {
        HttpResponse<String> response = http.get("/api/v1/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = json(response);
        assertThat(document.path("openapi").asText()).startsWith("3.");
        // the platform API's own routes; the MLflow and Open Inference Protocol routes follow their published specs
        List<PlatformServer.Route> routes = server.server().registeredRoutes().stream()
                .filter(route -> route.path().startsWith("/api/v1") || route.path().equals("/metrics"))
                .toList();
        assertThat(routes).hasSizeGreaterThan(25);
        for (PlatformServer.Route route : routes) {
            assertThat(document.path("paths").path(route.path()).has(route.method().toLowerCase()))
                    .as(route.method() + " " + route.path()).isTrue();
        }
        Set<String> documented = new HashSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        assertThat(documented).hasSize(routes.size());
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(schemas.path("DatasetInfo").path("properties").has("sha256")).isTrue();
        assertThat(schemas.path("ErrorBody").path("properties").has("code")).isTrue();
        assertThat(document.path("paths").path("/api/v1/health").path("get").path("security").size()).isZero();
    }

    @Test
    void predictionsAndScoredFilesTravelAndShowInMetrics() throws IOException {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> predicted = http.post("/api/v1/deployments/iris-live/predictions", "application/json",
                    IRIS_ROW);
            assertThat(predicted.statusCode()).as(predicted.body()).isEqualTo(200);
            assertThat(json(predicted).path("label").asText()).isEqualTo("Iris-setosa");
        }
        HttpResponse<String> scored = http.post("/api/v1/deployments/iris-live/scored-files?filename=iris.csv",
                "text/csv", Files.readString(directory.resolve(SampleData.IRIS)));
        assertThat(scored.statusCode()).isEqualTo(200);
        assertThat(scored.headers().firstValue("X-Sightline-Rows")).contains("150");
        assertThat(scored.body().lines().count()).isEqualTo(151);
        assertThat(scored.body().lines().findFirst().orElseThrow()).endsWith(",label,score");

        String metrics = http.get("/metrics").body();
        assertThat(metrics).containsPattern(
                "sightline_predictions_seconds_count\\{deployment=\"iris-live\",model=\"iris\",version=\"1\"} [3-9]");
        assertThat(metrics).contains("sightline_scored_rows_total{deployment=\"iris-live\",model=\"iris\",version=\"1\"}");
        assertThat(metrics).containsPattern("sightline_http_requests_seconds_count\\{method=\"POST\","
                + "route=\"/api/v1/deployments/\\{name}/predictions\",status=\"200\"} [3-9]");
        assertThat(metrics).contains("sightline_http_requests_seconds_bucket{");
        assertThat(metrics).contains("sightline_training_jobs_active{state=\"RUNNING\"}");
        assertThat(metrics).contains("sightline_event_stream_clients");
    }

    @Test
    void aMultipartUploadIsImportedUnderItsName() {
        HttpResponse<String> response = upload("from-form", "tiny.csv");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json(response).path("name").asText()).isEqualTo("from-form");
        assertThat(json(response).path("rows").asLong()).isEqualTo(24);
    }

    @Test
    void aFileNamedSlashIsImportedUnderTheFormsNameOrAPlainOne() {
        HttpResponse<String> named = upload("from-form", "/");
        assertThat(named.statusCode()).as(named.body()).isEqualTo(201);
        assertThat(json(named).path("name").asText()).isEqualTo("from-form");

        HttpResponse<String> unnamed = upload(null, "/");
        assertThat(unnamed.statusCode()).as(unnamed.body()).isEqualTo(201);
        assertThat(json(unnamed).path("name").asText()).isEqualTo("upload");
    }

    @Test
    void aDatasetNameThatPointsIntoFoldersIsRefusedInPlainWords() {
        HttpResponse<String> response = upload("../../etc/passwd", "tiny.csv");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).path("message").asText()).contains("dataset name", "without slashes");
    }

    @Test
    void aModelImportNamingAPathOnTheServersMachineIsRefusedAndAnUploadAnswersAnId() {
        HttpResponse<String> refused = http.post("/api/v1/model-imports", "application/json", "{\"model\":\"m\","
                + "\"file\":\"/etc/passwd\",\"format\":\"TRIBUO\",\"datasetId\":\"" + iris.id() + "\","
                + "\"target\":\"class\",\"register\":false}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(json(refused).path("message").asText()).contains("uploaded", "/etc/passwd");

        HttpResponse<String> uploaded = http.post("/api/v1/model-files?filename=m.pb", "application/octet-stream",
                "not a model");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        assertThat(json(uploaded).path("id").asText()).startsWith(ModelImport.UPLOADED);
    }

    /** Posts {@link #TINY_CSV} as a multipart form: the dataset's name (none when null) and the file's name. */
    private HttpResponse<String> upload(String datasetName, String fileName) {
        String boundary = "sightline-test-boundary";
        String namePart = datasetName == null ? "" : "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + datasetName + "\r\n";
        String body = namePart + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n" + TINY_CSV + "\r\n--" + boundary + "--\r\n";
        return http.post("/api/v1/datasets", "multipart/form-data; boundary=" + boundary, body);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a stream that never sends would block a read
    void theEventStreamResumesAfterTheGivenIdAndSendsHeartbeats() throws Exception {
        long latest = json(http.get("/api/v1/events/latest")).path("id").asLong();
        assertThat(latest).isGreaterThan(3);
        List<String> ids = new ArrayList<>();
        int heartbeats = 0;
        HttpRequest request = http.request("/api/v1/events?since=" + (latest - 3))
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        // Heartbeats and events come from different threads: read until both have come, whichever is first.
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((ids.size() < 3 || heartbeats < 2) && (line = lines.readLine()) != null) {
                if (line.startsWith("id:")) {
                    ids.add(line.substring(3).strip());
                } else if (line.equals("event: heartbeat")) {
                    heartbeats++;
                }
            }
        }
        assertThat(ids.subList(0, 3)).containsExactly(String.valueOf(latest - 2), String.valueOf(latest - 1),
                String.valueOf(latest));
        assertThat(heartbeats).isGreaterThanOrEqualTo(2);

        HttpRequest resumed = http.request("/api/v1/events?since=0").header("Accept", "text/event-stream")
                .header("Last-Event-ID", String.valueOf(latest - 1))
                .GET().build();
        HttpResponse<InputStream> again = HttpClient.newHttpClient().send(resumed, HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(again.body(), StandardCharsets.UTF_8))) {
            String line;
            String firstId = null;
            while (firstId == null && (line = lines.readLine()) != null) {
                firstId = line.startsWith("id:") ? line.substring(3).strip() : null;
            }
            assertThat(firstId).isEqualTo(String.valueOf(latest));
        }
        assertThat(http.send(http.request("/api/v1/events?since=-4").header("Accept", "text/event-stream").GET()
                .build()).statusCode()).isEqualTo(400);
        HttpResponse<String> withoutAccept = http.get("/api/v1/events?since=0");
        assertThat(withoutAccept.statusCode()).isEqualTo(406);
        assertThat(json(withoutAccept).path("message").asText()).contains("Accept: text/event-stream");
    }

    @Test
    void strategiesCanBeWrittenAsSentences() {
        String strategies = "/api/v1/deployments/iris-live/strategies";
        HttpResponse<String> saved = http.post(strategies, "application/json",
                "{\"sentence\":\"review when petallength is above 5\",\"name\":\"Long petals\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        JsonNode strategy = json(saved);
        assertThat(strategy.path("spec").path("name").asText()).isEqualTo("Long petals");
        assertThat(strategy.path("spec").path("action").asText()).isEqualTo("REVIEW");
        JsonNode condition = strategy.path("spec").path("conditions").get(0);
        assertThat(condition.path("field").asText()).isEqualTo("petallength");
        assertThat(condition.path("comparison").asText()).isEqualTo("GREATER");
        assertThat(condition.path("value").asText()).isEqualTo("5");

        HttpResponse<String> backtest = http.post("/api/v1/deployments/iris-live/backtests", "application/json",
                "{\"sentence\":\"block when petalwidth is at least 2\",\"window\":3600}");
        assertThat(backtest.statusCode()).as(backtest.body()).isEqualTo(200);

        HttpResponse<String> refused = http.post(strategies, "application/json",
                "{\"sentence\":\"block when wingspan is above 3\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).path("code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(json(refused).path("message").asText()).contains("wingspan", "petallength");

        JsonNode saveBody = json(http.get("/api/v1/openapi.json")).path("paths").path(strategies.replace("iris-live",
                "{name}")).path("post").path("requestBody").path("content").path("application/json").path("schema");
        assertThat(saveBody.path("oneOf").findValuesAsText("$ref"))
                .contains("#/components/schemas/StrategySpec", "#/components/schemas/StrategySentence");
    }
}
