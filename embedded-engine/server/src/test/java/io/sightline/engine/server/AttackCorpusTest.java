package io.sightline.engine.server;

import static io.sightline.engine.server.HttpCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile requests against a running server: oversized, malformed and injected bodies and names, guessed
 * tokens, inner webhook targets. Each is refused in plain words, and nothing is written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttackCorpusTest {
    private static final long UPLOAD_LIMIT = 64 * 1024;
    private static final String TINY_CSV = "a,b\n" + "1,x\n2,y\n3,x\n".repeat(8);

    private Path data;
    private TestServer server;
    private HttpCalls http;

    @BeforeAll
    void start(@TempDir Path temp) {
        data = temp.resolve("data");
        server = TestServer.start(data, ServerSettings.loopback().withBodyLimits(RequestLimits.DEFAULT_JSON_BYTES,
                UPLOAD_LIMIT));
        http = new HttpCalls(server.url(), server.token());
    }

    @AfterAll
    void stop() {
        server.stop();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (HttpResponse<String> answer : List.of(http.get("/api/v1/datasets"), http.withToken(null).get("/api/v1/datasets"),
                http.get("/api/v1/no-such-thing"), http.withToken(null).get("/api/v1/health"))) {
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(answer.uri().toString()).hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(answer.headers().firstValue("Content-Security-Policy")).get().asString()
                    .contains("frame-ancestors 'none'");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).as("plain HTTP").isEmpty();
        }
    }

    @Test
    void oversizedBodiesAreRefusedWith413AndNothingIsWritten() {
        int datasets = server.platform().datasets().size();
        String hugeJson = "{\"name\":\"" + "x".repeat((int) RequestLimits.DEFAULT_JSON_BYTES) + "\"}";

        HttpResponse<String> json = http.post("/api/v1/alert-rules", "application/json", hugeJson);
        assertThat(json.statusCode()).isEqualTo(413);
        assertThat(json(json).path("message").asText()).contains("may be at most 1 MB");

        HttpResponse<String> chunked = postWithoutLength("/api/v1/alert-rules", "application/json", hugeJson);
        assertThat(chunked.statusCode()).as("sent without a length").isEqualTo(413);

        String hugeCsv = "a,b\n" + "1,x\n".repeat((int) UPLOAD_LIMIT / 4 + 1);
        HttpResponse<String> upload = http.post("/api/v1/datasets?name=huge", "text/csv", hugeCsv);
        assertThat(upload.statusCode()).isEqualTo(413);
        assertThat(json(upload).path("message").asText()).contains("The body of an upload may be at most");
        HttpResponse<String> chunkedUpload = postWithoutLength("/api/v1/datasets?name=huge2", "text/csv", hugeCsv);
        assertThat(chunkedUpload.statusCode()).isEqualTo(413);

        assertThat(server.platform().datasets()).hasSize(datasets);
        assertThat(http.get("/api/v1/alert-rules").body()).doesNotContain("xxxx");
    }

    @Test
    void malformedBodiesAreRefusedInPlainWords() {
        for (String body : List.of("{", "[1,2", "{\"name\": }", "\u0000\u0001", "null", "[]", "{\"name\":\"x\"}")) {
            HttpResponse<String> answer = http.post("/api/v1/alert-rules", "application/json", body);
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            assertThat(json(answer).path("code").asText()).isEqualTo("INVALID_INPUT");
        }
        HttpResponse<String> ragged = http.post("/api/v1/datasets?name=ragged", "text/csv", "a,b\n1\n\"open");
        assertThat(ragged.statusCode()).isEqualTo(400);
        assertThat(http.get("/api/v1/alert-rules").body()).contains("\"total\":0");
    }

    @Test
    void injectedNamesAreStoredAsTextAndNeverReachTheFileSystemOrTheDatabaseAsCode() throws Exception {
        List<String> names = List.of("x'; DROP TABLE dataset; --", "<script>alert(1)</script>", "../../etc/passwd",
                "..\\\\..\\\\windows\\\\win.ini");
        for (String name : names) {
            HttpResponse<String> answer = http.post("/api/v1/datasets?filename=" + encode(name) + "&name="
                    + encode(name), "text/csv", TINY_CSV);
            assertThat(answer.statusCode()).as(name).isIn(201, 400);
            if (answer.statusCode() == 400) {
                assertThat(json(answer).path("message").asText()).isNotBlank();
            } else {
                assertThat(json(answer).path("name").asText()).as("kept as plain text").isEqualTo(name);
                assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
            }
        }
        assertThat(http.get("/api/v1/datasets").statusCode()).as("the tables are all there").isEqualTo(200);
        try (Stream<Path> outside = Files.list(data.getParent())) {
            assertThat(outside.map(path -> path.getFileName().toString())).doesNotContain("passwd", "etc", "win.ini");
        }
        try (Stream<Path> files = Files.walk(data)) {
            assertThat(files.map(Path::toString)).noneMatch(path -> path.contains("passwd") || path.contains("<script>"));
        }
    }

    @Test
    void guessedTokensAreAllRefusedAndNeverEchoed() {
        String real = server.token();
        for (int i = 0; i < 200; i++) {
            String guess = i % 2 == 0 ? real.substring(0, real.length() - 1) + (char) ('a' + i % 26)
                    : "sl_" + Integer.toHexString(i);
            if (guess.equals(real)) {
                continue;
            }
            HttpResponse<String> answer = http.withToken(guess).get("/api/v1/datasets");
            assertThat(answer.statusCode()).as("guess " + guess + " for " + real + ": " + answer.body()).isEqualTo(401);
            assertThat(answer.body()).doesNotContain(guess);
        }
        assertThat(http.get("/api/v1/datasets").statusCode()).as("the real token still works").isEqualTo(200);
    }

    @Test
    void aTokenDifferingOnlyInCaseIsRefusedEvenOnTheConnectionTheRealOneUsed() {
        String real = server.token();
        for (int i = 3; i < real.length(); i++) {
            char c = real.charAt(i);
            char other = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
            if (other == c) {
                continue;
            }
            String guess = real.substring(0, i) + other + real.substring(i + 1);
            assertThat(http.get("/api/v1/datasets").statusCode()).as("the real token").isEqualTo(200);
            assertThat(http.withToken(guess).get("/api/v1/datasets").statusCode()).as(guess).isEqualTo(401);
        }
    }

    @Test
    void webhooksIntoTheServersOwnNetworkAreRefusedAndTheSettingsKept() {
        String before = http.get("/api/v1/notification-settings").body();
        for (String target : List.of("http://169.254.169.254/latest/meta-data/", server.url().replace("127.0.0.1", "localhost") + "/api/v1/datasets",
                "http://[::1]:8080/",
                "http://10.0.0.1/hook", "file:///etc/passwd")) {
            HttpResponse<String> answer = http.put("/api/v1/notification-settings", "{\"webhookUrl\":\"" + target
                    + "\",\"smtpPort\":25,\"mailTo\":[]}");
            assertThat(answer.statusCode()).as(target).isEqualTo(400);
            assertThat(json(answer).path("message").asText()).containsAnyOf("inside this machine or its network",
                    "is not on the list of hosts alerts may be sent to", "must start with http:// or https://");
        }
        assertThat(http.get("/api/v1/notification-settings").body()).isEqualTo(before);
    }

    /** A body sent in chunks, without a Content-Length: the server learns its size only by reading it. */
    private HttpResponse<String> postWithoutLength(String path, String contentType, String body) {
        return http.send(http.request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        body.getBytes(StandardCharsets.UTF_8)))).build());
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
