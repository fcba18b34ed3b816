package io.sightline.engine.server.oip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.sightline.engine.LocalPlatform;
import io.sightline.engine.SampleData;
import io.sightline.engine.api.AbTestMethod;
import io.sightline.engine.api.AbTestPlan;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.Health;
import io.sightline.engine.api.HealthStatus;
import io.sightline.engine.api.OutcomeMetric;
import io.sightline.engine.api.TrafficPolicy;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.Platform;
import io.sightline.engine.api.PredictionResult;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.engine.wire.Json;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Open Inference Protocol routes on a bare server over loopback, against models trained and deployed in an
 * embedded platform: iris (numeric inputs, three classes) and a small price table (a category and a number in,
 * a number out). Predictions are checked against the platform's own answers for the same rows. The iris model
 * has a second version, trained on iris with two species' names swapped, so that the two versions answer
 * differently and a request routed to the wrong one shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OipConformanceTest {
    private static final List<String> IRIS_INPUTS = List.of("sepallength", "sepalwidth", "petallength", "petalwidth");
    private static final double[][] IRIS_ROWS = {{5.1, 3.5, 1.4, 0.2}, {7.0, 3.2, 4.7, 1.4}, {6.3, 3.3, 6.0, 2.5}};

    private LocalPlatform platform;
    private PrometheusMeterRegistry registry;
    private OipRoutes routes;
    private Javalin server;
    private HttpClient http;
    private String base;
    private ModelRef iris;
    private ModelRef irisSwapped;
    private ModelRef prices;

    @BeforeAll
    void deployAndServe(@TempDir Path directory) throws IOException {
        platform = LocalPlatform.open(directory.resolve("platform"));
        iris = train(platform.importDataset("iris", SampleData.copyTo(directory, SampleData.IRIS)), "class", "iris-species");
        irisSwapped = train(platform.importDataset("iris-swapped", swappedIris(directory)), "class", "iris-species");
        prices = train(platform.importDataset("prices", priceTable(directory)), "price", "prices");
        platform.deploy("iris", iris.model(), iris.version());
        platform.deploy("prices", prices.model(), prices.version());

        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        routes = new OipRoutes(platform, registry);
        server = Javalin.create(config -> config.showJavalinBanner = false);
        routes.mount(server);
        server.start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    void stop() {
        server.stop();
        routes.close();
        platform.close();
    }

    // ---- health and metadata

    @Test
    void theServerIsLiveAndReady() {
        Reply live = get("/v2/health/live");
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.body().get("live").asBoolean()).isTrue();
        Reply ready = get("/v2/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body().get("ready").asBoolean()).isTrue();
    }

    @Test
    void serverMetadataNamesTheServerAndItsVersion() {
        Reply reply = get("/v2");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("name").asText()).isEqualTo("sightline");
        assertThat(reply.body().get("version").asText()).isEqualTo(platform.info().version());
        assertThat(reply.body().get("extensions").isArray()).isTrue();
    }

    @Test
    void modelMetadataDescribesTheSchemaAndOutputs() {
        for (String path : List.of("/v2/models/iris", "/v2/models/iris/versions/" + iris.version())) {
            Reply reply = get(path);
            assertThat(reply.status()).as(path).isEqualTo(200);
            JsonNode body = reply.body();
            assertThat(body.get("name").asText()).isEqualTo("iris");
            assertThat(texts(body.get("versions"))).containsExactly(Integer.toString(iris.version()));
            assertThat(body.get("platform").asText()).isEqualTo("tribuo");
            assertThat(names(body.get("inputs"))).containsExactlyElementsOf(IRIS_INPUTS);
            assertThat(body.get("inputs")).allSatisfy(input -> {
                assertThat(input.get("datatype").asText()).isEqualTo("FP64");
                assertThat(input.get("shape").toString()).isEqualTo("[-1]");
            });
            JsonNode outputs = body.get("outputs");
            assertThat(names(outputs)).containsExactly("label", "probabilities", "classes");
            assertThat(outputs.get(0).get("datatype").asText()).isEqualTo("BYTES");
            assertThat(outputs.get(1).get("datatype").asText()).isEqualTo("FP64");
            assertThat(outputs.get(1).get("shape").toString()).isEqualTo("[-1,3]");
            assertThat(outputs.get(2).get("shape").toString()).isEqualTo("[3]");
        }
        JsonNode prices = get("/v2/models/prices").body();
        Map<String, String> datatypes = new HashMap<>();
        prices.get("inputs").forEach(input -> datatypes.put(input.get("name").asText(), input.get("datatype").asText()));
        assertThat(datatypes).containsExactlyInAnyOrderEntriesOf(Map.of("colour", "BYTES", "size", "FP64"));
        assertThat(names(prices.get("outputs"))).containsExactly("value");
    }

    @Test
    void aServedModelIsReady() {
        for (String path : List.of("/v2/models/iris/ready", "/v2/models/iris/versions/" + iris.version() + "/ready")) {
            Reply reply = get(path);
            assertThat(reply.status()).as(path).isEqualTo(200);
            assertThat(reply.body().get("name").asText()).isEqualTo("iris");
            assertThat(reply.body().get("ready").asBoolean()).isTrue();
        }
    }

    @Test
    void anUnknownModelOrVersionIsNotFound() {
        assertNotFound(get("/v2/models/no-such-model"), "no-such-model");
        assertNotFound(get("/v2/models/no-such-model/ready"), "no-such-model");
        assertNotFound(post("/v2/models/no-such-model/infer", matrixRequest(IRIS_ROWS[0])), "no-such-model");
        String missing = Integer.toString(iris.version() + 7);
        assertNotFound(get("/v2/models/iris/versions/" + missing), missing);
        assertNotFound(get("/v2/models/iris/versions/" + missing + "/ready"), missing);
        assertNotFound(post("/v2/models/iris/versions/" + missing + "/infer", matrixRequest(IRIS_ROWS[0])), missing);
        assertNotFound(post("/v2/models/iris/versions/latest/infer", matrixRequest(IRIS_ROWS[0])), "latest");
    }

    @Test
    void readinessIs503WhileTheStorageOrADeploymentIsNotReady() {
        Platform unwell = unwell(platform, "iris");
        try (Served served = serve(new OipRoutes(unwell, registry))) {
            Reply server = get(served.base(), "/v2/health/ready");
            assertThat(server.status()).as(server.text()).isEqualTo(503);
            assertThat(server.body().get("ready").asBoolean()).isFalse();
            for (String path : List.of("/v2/models/iris/ready", "/v2/models/iris/versions/" + iris.version() + "/ready")) {
                Reply model = get(served.base(), path);
                assertThat(model.status()).as(path).isEqualTo(503);
                assertThat(model.body().get("name").asText()).isEqualTo("iris");
                assertThat(model.body().get("ready").asBoolean()).isFalse();
            }
            Reply other = get(served.base(), "/v2/models/prices/ready");
            assertThat(other.status()).as(other.text()).isEqualTo(200);
            assertThat(other.body().get("ready").asBoolean()).isTrue();
        }
    }

    // ---- inference

    @Test
    void aBatchOfNamedInputsIsScoredAsThePlatformScoresEachRow() {
        Reply reply = post("/v2/models/iris/infer", namedRequest(IRIS_ROWS, null));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode body = reply.body();
        assertThat(body.get("model_name").asText()).isEqualTo("iris");
        assertThat(body.get("model_version").asText()).isEqualTo(Integer.toString(iris.version()));
        assertThat(body.has("id")).isFalse();

        List<PredictionResult> expected = new ArrayList<>();
        for (double[] row : IRIS_ROWS) {
            expected.add(platform.predict("iris", irisRow(row)));
        }
        JsonNode label = output(body, "label");
        assertThat(label.get("datatype").asText()).isEqualTo("BYTES");
        assertThat(label.get("shape").toString()).isEqualTo("[3]");
        assertThat(texts(label.get("data"))).containsExactlyElementsOf(expected.stream().map(PredictionResult::label).toList());
        assertThat(texts(label.get("data")).get(0)).isEqualTo("Iris-setosa");

        List<String> classes = texts(output(body, "classes").get("data"));
        assertThat(classes).containsExactlyElementsOf(platform.modelVersion(iris.model(), iris.version()).schema().labels());
        JsonNode probabilities = output(body, "probabilities");
        assertThat(probabilities.get("shape").toString()).isEqualTo("[3,3]");
        JsonNode data = probabilities.get("data");
        assertThat(data).hasSize(9);
        for (int row = 0; row < 3; row++) {
            for (int c = 0; c < 3; c++) {
                assertThat(data.get(row * 3 + c).asDouble())
                        .isCloseTo(expected.get(row).probabilities().get(classes.get(c)), offset(1e-12));
            }
        }
    }

    @Test
    void oneTensorOfAllInputsGivesTheSameAnswersAsNamedInputs() {
        Reply matrix = post("/v2/models/iris/infer", matrixRequest(IRIS_ROWS));
        Reply named = post("/v2/models/iris/infer", namedRequest(IRIS_ROWS, null));
        assertThat(matrix.status()).as(matrix.text()).isEqualTo(200);
        assertThat(output(matrix.body(), "label")).isEqualTo(output(named.body(), "label"));
        assertThat(output(matrix.body(), "probabilities")).isEqualTo(output(named.body(), "probabilities"));
        // flattened data means the same as nested
        Reply flat = post("/v2/models/iris/infer", """
                {"inputs": [{"name": "features", "datatype": "FP32", "shape": [3, 4], "data": %s}]}"""
                .formatted(flatten(IRIS_ROWS)));
        assertThat(output(flat.body(), "label")).isEqualTo(output(named.body(), "label"));
    }

    @Test
    void theRequestIdIsEchoed() {
        String request = """
                {"id": "req-42", "parameters": {"trace": true},
                 "inputs": [{"name": "x", "datatype": "FP64", "shape": [1, 4], "data": %s, "parameters": {}}]}"""
                .formatted(flatten(new double[][] {IRIS_ROWS[1]}));
        Reply reply = post("/v2/models/iris/infer", request);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(reply.body().get("id").asText()).isEqualTo("req-42");
    }

    @Test
    void onlyTheOutputsAskedForAreSentInTheOrderAsked() {
        Reply one = post("/v2/models/iris/infer", namedRequest(IRIS_ROWS, "[{\"name\": \"probabilities\"}]"));
        assertThat(names(one.body().get("outputs"))).containsExactly("probabilities");
        Reply two = post("/v2/models/iris/infer", namedRequest(IRIS_ROWS, "[{\"name\": \"classes\"}, {\"name\": \"label\"}]"));
        assertThat(names(two.body().get("outputs"))).containsExactly("classes", "label");
        assertBadRequest(post("/v2/models/iris/infer", namedRequest(IRIS_ROWS, "[{\"name\": \"score\"}]")),
                "no output 'score'", "label, probabilities, classes");
    }

    @Test
    void aRequestForAVersionIsAnsweredByThatVersion() {
        assertThat(irisSwapped.model()).isEqualTo(iris.model());
        assertThat(irisSwapped.version()).isNotEqualTo(iris.version());
        String model = "/v2/models/iris-by-version/versions/";
        String first = Integer.toString(iris.version());
        String second = Integer.toString(irisSwapped.version());

        platform.deploy("iris-by-version", iris.model(), iris.version());
        Reply byFirst = post(model + first + "/infer", matrixRequest(IRIS_ROWS[0]));
        assertNotFound(post(model + second + "/infer", matrixRequest(IRIS_ROWS[0])), second);
        platform.deploy("iris-by-version", irisSwapped.model(), irisSwapped.version());
        Reply bySecond = post(model + second + "/infer", matrixRequest(IRIS_ROWS[0]));
        assertNotFound(post(model + first + "/infer", matrixRequest(IRIS_ROWS[0])), first);

        assertThat(byFirst.status()).as(byFirst.text()).isEqualTo(200);
        assertThat(bySecond.status()).as(bySecond.text()).isEqualTo(200);
        assertThat(byFirst.body().get("model_version").asText()).isEqualTo(first);
        assertThat(bySecond.body().get("model_version").asText()).isEqualTo(second);
        assertThat(texts(output(byFirst.body(), "label").get("data"))).containsExactly("Iris-setosa");
        assertThat(texts(output(bySecond.body(), "label").get("data"))).containsExactly("Iris-virginica");
        assertThat(texts(output(bySecond.body(), "label").get("data")))
                .containsExactly(platform.predict("iris-by-version", irisRow(IRIS_ROWS[0])).label());
    }

    @Test
    void categoriesComeAsTextAndNumbersAsAnyNumericTypeWithNullForUnknown() {
        String request = """
                {"inputs": [
                  {"name": "colour", "datatype": "BYTES", "shape": [3], "data": ["red", "blue", null]},
                  {"name": "size", "datatype": "INT32", "shape": [3, 1], "data": [[4], [12], [7]]}]}""";
        Reply reply = post("/v2/models/prices/infer", request);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode value = output(reply.body(), "value");
        assertThat(value.get("datatype").asText()).isEqualTo("FP64");
        assertThat(value.get("shape").toString()).isEqualTo("[3]");
        Map<String, String> unknownColour = new HashMap<>();
        unknownColour.put("colour", null);
        unknownColour.put("size", "7");
        List<Double> expected = List.of(
                platform.predict("prices", Map.of("colour", "red", "size", "4")).value(),
                platform.predict("prices", Map.of("colour", "blue", "size", "12")).value(),
                platform.predict("prices", unknownColour).value());
        for (int i = 0; i < 3; i++) {
            assertThat(value.get("data").get(i).asDouble()).isEqualTo(expected.get(i));
        }
    }

    @Test
    void predictionsMadeOverTheProtocolAreLoggedWithTheirInputs() {
        Reply reply = post("/v2/models/prices/infer", """
                {"inputs": [{"name": "colour", "datatype": "BYTES", "shape": [1], "data": ["green"]},
                            {"name": "size", "datatype": "FP64", "shape": [1], "data": [17.25]}]}""");
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(platform.flushPredictionLog(Duration.ofSeconds(30))).isTrue();
        assertThat(platform.recentPredictions("prices", 50)).anySatisfy(logged -> {
            assertThat(logged.inputs()).containsExactlyInAnyOrderEntriesOf(Map.of("colour", "green", "size", "17.25"));
            assertThat(Double.parseDouble(logged.output()))
                    .isCloseTo(output(reply.body(), "value").get("data").get(0).asDouble(), offset(1e-3));
        });
    }

    // ---- bad requests

    @Test
    void aWrongShapeIsABadRequest() {
        assertBadRequest(post("/v2/models/iris/infer", namedRequest(IRIS_ROWS, null)
                .replaceFirst("\"shape\": \\[3\\]", "\"shape\": [1, 3]")), "'sepallength'", "shape [1, 3]", "[n, 1]");
        assertBadRequest(post("/v2/models/iris/infer", namedRequest(IRIS_ROWS, null)
                .replaceFirst("\"shape\": \\[3\\]", "\"shape\": [2]")), "'sepallength'", "shape [2]", "data has 3");
        String uneven = namedRequest(IRIS_ROWS, null).replaceFirst("\"shape\": \\[3, 1], \"data\": \\[[^]]*]",
                "\"shape\": [2, 1], \"data\": [0.2, 1.4]");
        assertBadRequest(post("/v2/models/iris/infer", uneven), "'petalwidth' has 2 row(s)", "same number of rows");
        assertBadRequest(post("/v2/models/iris/infer", """
                {"inputs": [{"name": "x", "datatype": "FP64", "shape": [0, 4], "data": []}]}"""), "no rows");
    }

    @Test
    void anUnknownInputNameIsABadRequest() {
        String extra = namedRequest(IRIS_ROWS, null).replace("\"inputs\": [",
                "\"inputs\": [{\"name\": \"petalcolour\", \"datatype\": \"BYTES\", \"shape\": [3], \"data\": [\"a\", \"b\", \"c\"]}, ");
        assertBadRequest(post("/v2/models/iris/infer", extra), "no input 'petalcolour'", String.join(", ", IRIS_INPUTS));
        assertBadRequest(post("/v2/models/iris/infer", """
                {"inputs": [{"name": "petal", "datatype": "FP64", "shape": [4], "data": [1, 2, 3, 4]}]}"""),
                "no input 'petal'", "[n, 4]");
    }

    @Test
    void aMissingInputIsABadRequest() {
        String withoutWidth = namedRequest(IRIS_ROWS, null).replaceFirst(
                ", \\{\"name\": \"petalwidth\"[^}]*}", "");
        assertBadRequest(post("/v2/models/iris/infer", withoutWidth), "Missing input 'petalwidth'", "null");
        assertBadRequest(post("/v2/models/iris/infer", "{\"id\": \"1\"}"), "no 'inputs'");
        assertBadRequest(post("/v2/models/iris/infer", "{\"inputs\": []}"), "no inputs");
        assertBadRequest(post("/v2/models/iris/infer", """
                {"inputs": [{"name": "sepallength", "shape": [1], "data": [1.0]}]}"""), "no datatype");
    }

    @Test
    void aValueThatIsNotOfItsDatatypeIsABadRequest() {
        String text = namedRequest(IRIS_ROWS, null).replaceFirst("\\[5.1, 7.0, 6.3]", "[5.1, \"abc\", 6.3]")
                .replaceFirst("FP32", "FP64");
        assertBadRequest(post("/v2/models/iris/infer", text), "'sepallength' is FP64", "a number", "value 2 is \"abc\"");
        String fraction = namedRequest(IRIS_ROWS, null).replaceFirst("FP32", "INT64");
        assertBadRequest(post("/v2/models/iris/infer", fraction), "'sepallength' is INT64", "a whole number", "5.1");
        String unparsable = namedRequest(IRIS_ROWS, null).replaceFirst("\"FP32\", \"shape\": \\[3], \"data\": \\[5.1, 7.0, 6.3]",
                "\"BYTES\", \"shape\": [3], \"data\": [\"5.1\", \"seven\", \"6.3\"]");
        assertBadRequest(post("/v2/models/iris/infer", unparsable), "Row 2", "'sepallength' must be a number", "seven");
        assertBadRequest(post("/v2/models/iris/infer", namedRequest(IRIS_ROWS, null).replaceFirst("FP32", "FLOAT")),
                "unknown datatype 'FLOAT'");
        assertBadRequest(post("/v2/models/prices/infer", """
                {"inputs": [{"name": "colour", "datatype": "FP64", "shape": [1], "data": [1.0]},
                            {"name": "size", "datatype": "FP64", "shape": [1], "data": [3.0]}]}"""),
                "'colour'", "BYTES");
    }

    @Test
    void aTensorOfTheWrongWidthIsABadRequest() {
        assertBadRequest(post("/v2/models/iris/infer", """
                {"inputs": [{"name": "x", "datatype": "FP64", "shape": [1, 3], "data": [[5.1, 3.5, 1.4]]}]}"""),
                "3 column(s)", "takes 4 input(s)", String.join(", ", IRIS_INPUTS));
        assertBadRequest(post("/v2/models/prices/infer", """
                {"inputs": [{"name": "x", "datatype": "FP64", "shape": [1, 2], "data": [[1.0, 3.0]]}]}"""),
                "numbers only", "'colour'");
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertBadRequest(post("/v2/models/iris/infer", "{\"inputs\": [{\"name\": "), "not valid JSON");
        assertBadRequest(post("/v2/models/iris/infer", ""), "empty");
        assertBadRequest(post("/v2/models/iris/infer", "[1, 2]"), "JSON object");
        assertBadRequest(post("/v2/models/iris/infer", matrixRequest(IRIS_ROWS[0]) + " {}"), "more than one JSON value");
    }

    @Test
    void aRequestLargerThanTheLimitIsRefusedWith413() {
        try (Served limited = serve(new OipRoutes(platform, registry, 2_000))) {
            double[][] rows = new double[100][];
            Arrays.fill(rows, IRIS_ROWS[0]);
            String large = matrixRequest(rows);
            URI infer = URI.create(limited.base() + "/v2/models/iris/infer");
            Reply declared = send(HttpRequest.newBuilder(infer).POST(HttpRequest.BodyPublishers.ofString(large)));
            Reply streamed = send(HttpRequest.newBuilder(infer).POST(HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(large.getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
            for (Reply reply : List.of(declared, streamed)) {
                assertThat(reply.status()).as(reply.text()).isEqualTo(413);
                assertThat(reply.body().get("error").asText()).contains("larger than 2000 bytes", "several requests");
            }
            Reply fits = send(HttpRequest.newBuilder(infer).POST(HttpRequest.BodyPublishers.ofString(matrixRequest(IRIS_ROWS[0]))));
            assertThat(fits.status()).as(fits.text()).isEqualTo(200);
        }
    }

    // ---- metrics and deployment changes

    @Test
    void inferRequestsAreCountedAndTimedPerDeployment() {
        double okBefore = requests("prices", "ok");
        double badBefore = requests("prices", "bad_request");
        long timedBefore = latency("prices").count();
        double unknownBefore = requests(InferenceMetrics.UNKNOWN, "not_found");
        String request = """
                {"inputs": [{"name": "colour", "datatype": "BYTES", "shape": [1], "data": ["green"]},
                            {"name": "size", "datatype": "FP32", "shape": [1], "data": [5.5]}]}""";
        for (int i = 0; i < 3; i++) {
            assertThat(post("/v2/models/prices/infer", request).status()).isEqualTo(200);
        }
        assertThat(post("/v2/models/prices/infer", "{}").status()).isEqualTo(400);
        assertThat(post("/v2/models/nowhere/infer", request).status()).isEqualTo(404);

        assertThat(requests("prices", "ok") - okBefore).isEqualTo(3);
        assertThat(requests("prices", "bad_request") - badBefore).isEqualTo(1);
        assertThat(latency("prices").count() - timedBefore).isEqualTo(4);
        assertThat(registry.scrape()).contains("sightline_oip_infer_latency_seconds_bucket{deployment=\"prices\"",
                "sightline_oip_infer_requests_total{deployment=\"prices\",outcome=\"ok\"}");
        assertThat(requests(InferenceMetrics.UNKNOWN, "not_found") - unknownBefore).isEqualTo(1);
        assertThat(registry.find(InferenceMetrics.REQUESTS).tag("deployment", "nowhere").meters()).isEmpty();
    }

    @Test
    void aRedeploymentIsFollowed() throws InterruptedException {
        platform.deploy("switch", iris.model(), iris.version());
        assertThat(names(get("/v2/models/switch").body().get("inputs"))).containsExactlyElementsOf(IRIS_INPUTS);
        platform.deploy("switch", prices.model(), prices.version());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> inputs = names(get("/v2/models/switch").body().get("inputs"));
        while (inputs.contains("sepallength") && System.nanoTime() < deadline) {
            Thread.sleep(20);
            inputs = names(get("/v2/models/switch").body().get("inputs"));
        }
        assertThat(inputs).containsExactlyInAnyOrder("colour", "size");
        Reply reply = post("/v2/models/switch/infer", """
                {"inputs": [{"name": "colour", "datatype": "BYTES", "shape": [1], "data": ["red"]},
                            {"name": "size", "datatype": "FP64", "shape": [1], "data": [2.0]}]}""");
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        assertThat(names(reply.body().get("outputs"))).containsExactly("value");
    }

    @Test
    void inferFollowsTheDeploymentsTrafficPolicyEvenOnItsVersionsPath() {
        DatasetInfo data = platform.datasets().stream().filter(d -> d.name().equals("iris")).findFirst().orElseThrow();
        ModelRef second = train(data, "class", iris.model());
        platform.deploy("iris-ab", iris.model(), iris.version());
        platform.setPolicy("iris-ab", TrafficPolicy.abTest(iris.version(), second.version(), 0.5,
                new AbTestPlan(OutcomeMetric.CORRECT, AbTestMethod.FIXED_SAMPLE, 0.95, 0.05, 0.8, 0.7)), "test", "A/B");
        java.util.Set<String> versions = new java.util.HashSet<>();
        for (int i = 0; i < 40; i++) {
            Reply reply = post("/v2/models/iris-ab/versions/" + iris.version() + "/infer", matrixRequest(IRIS_ROWS[0]));
            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
            versions.add(reply.body().get("model_version").asText());
        }
        assertThat(versions).containsExactlyInAnyOrder(Integer.toString(iris.version()),
                Integer.toString(second.version()));
    }

    // ---- helpers

    private ModelRef train(DatasetInfo dataset, String target, String modelName) {
        var job = platform.startTraining(TrainingRequest.of(dataset.id(), target, modelName)
                .withBudget(Duration.ofSeconds(30)));
        return platform.run(platform.awaitTraining(job.id(), Duration.ofMinutes(3)).runId()).model();
    }

    /** Iris with setosa and virginica swapped: a model trained on it names those two the other way round. */
    private static Path swappedIris(Path directory) throws IOException {
        Path original = SampleData.copyTo(directory, SampleData.IRIS);
        String swapped = Files.readString(original).replace("Iris-setosa", "@").replace("Iris-virginica", "Iris-setosa")
                .replace("@", "Iris-virginica");
        return Files.writeString(directory.resolve("iris-swapped.csv"), swapped);
    }

    /** The platform as seen through a proxy whose storage is down and whose {@code deployment} is stopped. */
    private static Platform unwell(Platform healthy, String deployment) {
        return (Platform) Proxy.newProxyInstance(Platform.class.getClassLoader(), new Class<?>[] {Platform.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("health")) {
                        return new Health(HealthStatus.RED, List.of());
                    }
                    try {
                        Object answer = method.invoke(healthy, args);
                        return answer instanceof Deployment d && d.name().equals(deployment)
                                ? new Deployment(d.name(), d.model(), d.version(), DeploymentState.STOPPED,
                                        d.createdAt(), d.updatedAt())
                                : answer;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Another server on loopback with {@code routes}, for a test that needs routes of its own. */
    private Served serve(OipRoutes routes) {
        Javalin app = Javalin.create(config -> config.showJavalinBanner = false);
        routes.mount(app);
        app.start("127.0.0.1", 0);
        return new Served(app, routes, "http://127.0.0.1:" + app.port());
    }

    /** A server of its own and its routes, at {@code base}; closing stops both. */
    private record Served(Javalin app, OipRoutes routes, String base) implements AutoCloseable {
        @Override
        public void close() {
            app.stop();
            routes.close();
        }
    }

    /** A small price list: the price grows with size and red costs more; the colour is a category. */
    private static Path priceTable(Path directory) throws IOException {
        StringBuilder csv = new StringBuilder("colour,size,price\n");
        String[] colours = {"red", "green", "blue"};
        for (int i = 0; i < 90; i++) {
            String colour = colours[i % 3];
            int size = 1 + (i * 7) % 20;
            double price = 3.0 * size + (colour.equals("red") ? 10 : 0) + (i % 5) * 0.1;
            csv.append(colour).append(',').append(size).append(',').append(String.format(Locale.ROOT, "%.2f", price))
                    .append('\n');
        }
        Path file = directory.resolve("prices.csv");
        Files.writeString(file, csv);
        return file;
    }

    private static Map<String, String> irisRow(double[] row) {
        Map<String, String> values = new HashMap<>();
        for (int c = 0; c < row.length; c++) {
            values.put(IRIS_INPUTS.get(c), Double.toString(row[c]));
        }
        return values;
    }

    /** One FP32 tensor per iris input, shape [n] (the last one [n, 1]), with {@code outputs} when not null. */
    private static String namedRequest(double[][] rows, String outputs) {
        List<String> inputs = new ArrayList<>();
        for (int c = 0; c < IRIS_INPUTS.size(); c++) {
            List<String> column = new ArrayList<>();
            for (double[] row : rows) {
                column.add(Double.toString(row[c]));
            }
            boolean last = c == IRIS_INPUTS.size() - 1;
            inputs.add("{\"name\": \"" + IRIS_INPUTS.get(c) + "\", \"datatype\": \"FP32\", \"shape\": "
                    + (last ? "[" + rows.length + ", 1]" : "[" + rows.length + "]") + ", \"data\": "
                    + column + "}");
        }
        return "{\"inputs\": [" + String.join(", ", inputs) + "]"
                + (outputs == null ? "" : ", \"outputs\": " + outputs) + "}";
    }

    /** One FP64 tensor of shape [n, 4], nested by row. */
    private static String matrixRequest(double[]... rows) {
        List<String> nested = new ArrayList<>();
        for (double[] row : rows) {
            nested.add(Arrays.toString(row));
        }
        return "{\"inputs\": [{\"name\": \"features\", \"datatype\": \"FP64\", \"shape\": [" + rows.length + ", 4], "
                + "\"data\": " + nested + "}]}";
    }

    private static String flatten(double[][] rows) {
        List<String> flat = new ArrayList<>();
        for (double[] row : rows) {
            for (double value : row) {
                flat.add(Double.toString(value));
            }
        }
        return flat.toString();
    }

    private double requests(String deployment, String outcome) {
        Counter counter = registry.find(InferenceMetrics.REQUESTS).tag("deployment", deployment).tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private Timer latency(String deployment) {
        return registry.get(InferenceMetrics.LATENCY).tag("deployment", deployment).timer();
    }

    private static JsonNode output(JsonNode body, String name) {
        for (JsonNode output : body.get("outputs")) {
            if (output.get("name").asText().equals(name)) {
                return output;
            }
        }
        throw new AssertionError("No output '" + name + "' in " + body);
    }

    private static List<String> names(JsonNode tensors) {
        List<String> names = new ArrayList<>();
        tensors.forEach(t -> names.add(t.get("name").asText()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static void assertBadRequest(Reply reply, String... phrases) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.body().size()).as(reply.text()).isEqualTo(1);
        assertThat(reply.body().get("error").asText()).contains(phrases);
    }

    private static void assertNotFound(Reply reply, String phrase) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(404);
        assertThat(reply.body().get("error").asText()).contains(phrase);
    }

    private record Reply(int status, String text, String contentType) {
        JsonNode body() {
            assertThat(contentType).startsWith("application/json");
            try {
                return Json.MAPPER.readTree(text);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + text, e);
            }
        }
    }

    private Reply get(String path) {
        return get(base, path);
    }

    private Reply get(String server, String path) {
        return send(HttpRequest.newBuilder(URI.create(server + path)).GET());
    }

    private Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
