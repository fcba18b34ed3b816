package io.sightline.engine.server;

import static io.sightline.engine.server.HttpCalls.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.sightline.engine.LocalPlatform;
import io.sightline.engine.SampleData;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.engine.server.openapi.Documented;
import io.sightline.engine.server.openapi.DocumentedRoute;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting, stopping and securing the server: graceful stop, the prediction log, TLS, extra route groups. */
class ServerLifecycleTest {

    @TempDir
    Path directory;

    @Test
    void aStopLetsRequestsInFlightFinishAndWritesOutThePredictionLog() throws Exception {
        Path data = directory.resolve("data");
        TestServer first = TestServer.start(data, ServerSettings.loopback());
        DatasetInfo iris = first.platform().importDataset("iris", SampleData.copyTo(directory, SampleData.IRIS));
        RunInfo run = first.platform().run(first.platform().awaitTraining(first.platform().startTraining(
                new TrainingRequest(iris.id(), "class", Map.of(), 2, Duration.ofSeconds(20), 42, "iris")).id(),
                Duration.ofMinutes(3)).runId());
        first.platform().deploy("iris-live", run.model().model(), run.model().version());
        first.stop();

        CountDownLatch entered = new CountDownLatch(1);
        TestServer server = startWithSlowRoute(data, entered, first.token());
        HttpCalls http = new HttpCalls(server.url(), server.token());
        int predictions = 2_000;
        for (int i = 0; i < predictions; i++) {
            assertThat(http.post("/api/v1/deployments/iris-live/predictions", "application/json",
                    "{\"sepallength\":5.1,\"sepalwidth\":3.5,\"petallength\":1.4,\"petalwidth\":" + (i % 3) + "}")
                    .statusCode()).isEqualTo(200);
        }
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> http.get("/test/slow"));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        server.stop();
        assertThat(slow.get(10, TimeUnit.SECONDS).body()).isEqualTo("finished");
        assertThatThrownBy(() -> http.get("/api/v1/health")).isInstanceOf(UncheckedIOException.class);

        try (LocalPlatform reopened = LocalPlatform.open(data)) {
            assertThat(reopened.recentPredictions("iris-live", 10_000)).hasSize(predictions);
        }
    }

    @Test
    void routeGroupsGetTheMeterRegistryAndTheRequestsUser() {
        TestServer server = startWithSlowRoute(directory.resolve("data"), new CountDownLatch(1), null);
        try {
            HttpCalls http = new HttpCalls(server.url(), server.token());
            assertThat(http.get("/test/user").body()).isEqualTo("tester");
            HttpResponse<String> unavailable = http.get("/test/unavailable");
            assertThat(unavailable.statusCode()).isEqualTo(503);
            assertThat(json(unavailable).path("code").asText()).isEqualTo("UNAVAILABLE");
            assertThat(json(unavailable).path("message").asText()).isEqualTo("Try again in a minute.");
            HttpResponse<String> broken = http.get("/test/broken");
            assertThat(broken.statusCode()).isEqualTo(500);
            assertThat(json(broken).path("code").asText()).isEqualTo("INTERNAL");
            assertThat(json(broken).path("message").asText()).contains("IllegalStateException").doesNotContain("secret");
            assertThat(http.get("/metrics").body()).contains("sightline_test_calls_total 1.0");
            assertThat(server.server().registeredRoutes()).contains(new PlatformServer.Route("GET", "/test/user"));
            assertThat(json(http.get("/api/v1/openapi.json")).path("paths").path("/test/user").has("get")).isTrue();
        } finally {
            server.stop();
        }
    }

    @Test
    void tlsServesHttpsWithTheKeyStoresCertificate() throws Exception {
        Path keyStore = directory.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "sightline", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", "test-secret", "-keypass", "test-secret")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();

        TestServer server = TestServer.start(directory.resolve("data"), ServerSettings.loopback()
                .withTls(new ServerSettings.Tls(keyStore, "test-secret")));
        try {
            assertThat(server.url()).startsWith("https://127.0.0.1:");
            HttpClient client = HttpClient.newBuilder().sslContext(trusting(keyStore, "test-secret")).build();
            HttpCalls https = new HttpCalls(client, server.url(), server.token());
            assertThat(https.get("/api/v1/health").statusCode()).isEqualTo(200);
            HttpResponse<String> info = https.get("/api/v1/info");
            assertThat(info.statusCode()).isEqualTo(200);
            assertThat(json(info).path("mode").asText()).isEqualTo("embedded");
            String plain = server.url().replace("https://", "http://");
            assertThatThrownBy(() -> new HttpCalls(plain, server.token()).get("/api/v1/health"))
                    .as("plain HTTP is not served on the TLS port").isInstanceOf(UncheckedIOException.class);
        } finally {
            server.stop();
        }
    }

    @Test
    void aTakenPortOrAnUnreadableKeyStoreIsAPlainErrorAndClosesThePlatform() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> TestServer.start(directory.resolve("a"), ServerSettings.loopback()
                    .withPort(taken.getLocalPort())))
                    .isInstanceOfSatisfying(PlatformException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE);
                        assertThat(e.getMessage()).contains("Port " + taken.getLocalPort(), "--port");
                    });
        }
        assertThatThrownBy(() -> TestServer.start(directory.resolve("b"), ServerSettings.loopback()
                .withTls(new ServerSettings.Tls(directory.resolve("missing.p12"), "x"))))
                .isInstanceOf(PlatformException.class).hasMessageContaining("missing.p12");
        // Both platforms were closed: their folders open again at once.
        try (LocalPlatform again = LocalPlatform.open(directory.resolve("a"))) {
            assertThat(again.datasets()).isEmpty();
        }
    }

    private static SSLContext trusting(Path keyStore, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keyStore)) {
            store.load(in, password.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /** A server with a test route group: a slow route that says when it started, and one that names the user. */
    private static TestServer startWithSlowRoute(Path data, CountDownLatch entered, String token) {
        var database = io.sightline.engine.store.Database.h2File(data);
        var tokens = new io.sightline.engine.token.ApiTokens(database);
        String secret = token != null ? token : tokens.create("tester").secret();
        LocalPlatform platform = LocalPlatform.open(data, database);
        PlatformServer server = PlatformServer.builder(platform, tokens::userOf)
                .routes(registry -> new TestRoutes(registry, entered))
                .build().start();
        return new TestServer(server, platform, tokens, secret);
    }


    /** A route group of the kind other protocols mount: it counts calls, reads the user and documents a route. */
    private static final class TestRoutes implements RouteGroup, Documented {
        private final io.micrometer.core.instrument.Counter calls;
        private final CountDownLatch entered;

        TestRoutes(io.micrometer.core.instrument.MeterRegistry registry, CountDownLatch entered) {
            this.calls = registry.counter("sightline.test.calls");
            this.entered = entered;
        }

        @Override
        public List<DocumentedRoute> endpoints() {
            return List.of(DocumentedRoute.get("/test/user", ctx -> {
                calls.increment();
                ctx.result(RequestUser.of(ctx));
            }).summary("Who is calling"));
        }

        @Override
        public void mount(Javalin app) {
            endpoints().forEach(e -> app.addHttpHandler(e.method(), e.path(), e.handler()));
            app.addHttpHandler(HandlerType.GET, "/test/unavailable", ctx -> {
                throw new PlatformException(ErrorCode.UNAVAILABLE, "Try again in a minute.");
            });
            app.addHttpHandler(HandlerType.GET, "/test/broken", ctx -> {
                throw new IllegalStateException("secret internals");
            });
            app.addHttpHandler(HandlerType.GET, "/test/slow", ctx -> {
                entered.countDown();
                Thread.sleep(700);
                ctx.result("finished");
            });
        }
    }
}
