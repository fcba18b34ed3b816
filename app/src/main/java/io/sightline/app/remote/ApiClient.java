package io.sightline.app.remote;

import com.fasterxml.jackson.databind.JavaType;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.wire.ErrorBody;
import io.sightline.engine.wire.HttpStatuses;
import io.sightline.engine.wire.ListPage;
import io.sightline.engine.wire.Wire;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * JSON calls to the platform API: the token on every request, pages followed to the end, failures turned back
 * into the {@link PlatformException} the server raised, an unreachable server into a plain
 * {@link ErrorCode#UNAVAILABLE}, and each call's round trip reported to the link monitor.
 */
final class ApiClient {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final MediaType CSV = MediaType.get("text/csv");
    private static final MediaType BINARY = MediaType.get("application/octet-stream");

    private final OkHttpClient http;
    /** For uploads and file scoring, which answer only when the whole file is done. */
    private final OkHttpClient files;
    private final HttpUrl base;
    private final String token;
    private final LinkMonitor link;

    ApiClient(OkHttpClient http, URI baseUrl, String token, LinkMonitor link) {
        HttpUrl parsed = HttpUrl.get(baseUrl);
        this.http = http;
        this.files = http.newBuilder().readTimeout(Duration.ofMinutes(30)).writeTimeout(Duration.ofMinutes(30)).build();
        this.base = parsed;
        this.token = token;
        this.link = link;
    }

    HttpUrl base() {
        return base;
    }

    /** {@code /api/v1/a/b}, each segment escaped. */
    HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder url = base.newBuilder().addPathSegments(Wire.API.substring(1));
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return url;
    }

    Request.Builder request(HttpUrl url) {
        return new Request.Builder().url(url).header("Authorization", "Bearer " + token);
    }

    <T> T get(HttpUrl.Builder url, Class<T> type) {
        return call(request(url.build()).get().build(), Wire.MAPPER.constructType(type));
    }

    <T> T post(HttpUrl.Builder url, Object body, Class<T> type) {
        return call(request(url.build()).post(json(body)).build(), Wire.MAPPER.constructType(type));
    }

    <T> T put(HttpUrl.Builder url, Object body, Class<T> type) {
        return call(request(url.build()).put(json(body)).build(), Wire.MAPPER.constructType(type));
    }

    void delete(HttpUrl.Builder url) {
        call(request(url.build()).delete().build(), Wire.MAPPER.constructType(Void.class));
    }

    /** Every item of a paged list, asking page after page. */
    <T> List<T> all(HttpUrl.Builder url, Class<T> item) {
        return collect(url, item, Integer.MAX_VALUE);
    }

    /** The first {@code wanted} items of a paged list (fewer when the list is shorter). */
    <T> List<T> collect(HttpUrl.Builder url, Class<T> item, int wanted) {
        JavaType pageType = Wire.MAPPER.getTypeFactory().constructParametricType(ListPage.class, item);
        List<T> items = new ArrayList<>();
        while (items.size() < wanted) {
            int limit = Math.min(ListPage.MAX_LIMIT, wanted - items.size());
            HttpUrl pageUrl = url.build().newBuilder().setQueryParameter("offset", String.valueOf(items.size()))
                    .setQueryParameter("limit", String.valueOf(limit)).build();
            ListPage<T> page = call(request(pageUrl).get().build(), pageType);
            items.addAll(page.items());
            if (page.items().isEmpty() || !page.hasMore()) {
                break;
            }
        }
        return items;
    }

    /** One page of a paged list, as the query parameters of {@code url} ask for it. */
    <T> ListPage<T> page(HttpUrl.Builder url, Class<T> item) {
        return call(request(url.build()).get().build(),
                Wire.MAPPER.getTypeFactory().constructParametricType(ListPage.class, item));
    }

    /** Sends a CSV file as the body. */
    <T> T upload(HttpUrl.Builder url, Path file, Class<T> type) {
        return upload(url, file, CSV, type);
    }

    /** Sends a file of any kind (a model file) as the body. */
    <T> T uploadBinary(HttpUrl.Builder url, Path file, Class<T> type) {
        return upload(url, file, BINARY, type);
    }

    private <T> T upload(HttpUrl.Builder url, Path file, MediaType mediaType, Class<T> type) {
        return call(files, request(url.build()).post(RequestBody.create(file.toFile(), mediaType)).build(),
                Wire.MAPPER.constructType(type));
    }

    /** Sends a CSV file and writes the answer's body to {@code output}; returns the answer's headers. */
    okhttp3.Headers exchangeFile(HttpUrl.Builder url, Path file, Path output) {
        Request request = request(url.build()).post(RequestBody.create(file.toFile(), CSV)).build();
        try (Response response = execute(files, request)) {
            Path partial = partialFileBeside(output);
            try (InputStream in = response.body().byteStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw unreachable(e);
            } finally {
                deleteQuietly(partial);
            }
            return response.headers();
        }
    }

    private static Path partialFileBeside(Path output) {
        try {
            Path directory = Files.createDirectories(output.toAbsolutePath().getParent());
            return Files.createTempFile(directory, ".sightline-", ".part");
        } catch (IOException e) {
            throw PlatformException.invalid("Cannot write " + output + ": " + e.getMessage()
                    + ". Choose a folder you may write to.");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover partial file is harmless
        }
    }

    private <T> T call(Request request, JavaType type) {
        return call(http, request, type);
    }

    private <T> T call(OkHttpClient client, Request request, JavaType type) {
        try (Response response = execute(client, request)) {
            ResponseBody body = response.body();
            if (type.getRawClass() == Void.class || body == null) {
                return null;
            }
            return Wire.MAPPER.readValue(body.byteStream(), type);
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /** Runs the request; a failure answer is thrown as the server's exception (the response is then closed). */
    private Response execute(OkHttpClient client, Request request) {
        Response response;
        try {
            response = client.newCall(request).execute();
        } catch (IOException e) {
            throw unreachable(e);
        }
        link.connected(Duration.ofMillis(Math.max(0, response.receivedResponseAtMillis() - response.sentRequestAtMillis())),
                "Connected to " + base);
        if (!response.isSuccessful()) {
            try (response) {
                throw failure(response);
            }
        }
        return response;
    }

    private static PlatformException failure(Response response) {
        String text;
        try {
            text = response.body() == null ? "" : response.body().string();
        } catch (IOException e) {
            text = "";
        }
        try {
            ErrorBody body = Wire.MAPPER.readValue(text, ErrorBody.class);
            if (body != null && body.code() != null) {
                return body.toException();
            }
        } catch (IOException e) {
            // not an error body: described from the status below
        }
        return new PlatformException(HttpStatuses.codeOf(response.code()), "The server answered " + response.code()
                + (response.message().isBlank() ? "" : " " + response.message()) + " to " + response.request().method()
                + " " + response.request().url().encodedPath() + ".");
    }

    PlatformException unreachable(IOException e) {
        String detail = "Cannot reach the Sightline server at " + base + " (" + describe(e) + "); check that it is "
                + "running, that the address and port are right and that no firewall blocks the way.";
        link.offline(detail);
        return new PlatformException(ErrorCode.UNAVAILABLE, detail, e);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static RequestBody json(Object body) {
        try {
            return RequestBody.create(Wire.MAPPER.writeValueAsBytes(body), JSON);
        } catch (IOException e) {
            throw new PlatformException(ErrorCode.INTERNAL, "Could not write the request as JSON: " + e.getMessage(), e);
        }
    }
}
