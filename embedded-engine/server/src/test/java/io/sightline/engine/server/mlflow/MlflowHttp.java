package io.sightline.engine.server.mlflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.sightline.engine.wire.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP to the MLflow routes, for what a client library would hide: statuses, error bodies, raw JSON. */
final class MlflowHttp {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    /** An answer: its status and its JSON body. */
    record Answer(int status, JsonNode body) {
        String errorCode() {
            return body.path("error_code").asText();
        }
    }

    MlflowHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Answer get(String pathAndQuery) {
        return send("GET", "/api/2.0/mlflow/" + pathAndQuery, null);
    }

    Answer post(String path, String json) {
        return send("POST", "/api/2.0/mlflow/" + path, json);
    }

    Answer send(String method, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), Json.MAPPER.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
