package io.sightline.engine.server.api;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.server.RequestLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A file (a CSV file, or a model file for an import) received in a request — the raw body, or the part named {@code file} of a multipart form — in a
 * temporary folder of its own that closing deletes. The file keeps the client's file name where one was given
 * ({@code filename} parameter or the part's name), so that a dataset is named as it would be locally.
 */
final class Upload implements AutoCloseable {
    private final Path directory;
    private final Path file;

    private Upload(Path directory, Path file) {
        this.directory = directory;
        this.file = file;
    }

    static Upload receive(Context ctx) {
        Path directory = temporaryFolder();
        try {
            if (ctx.isMultipartFormData()) {
                RequestLimits.requireUploadSize(ctx);
                UploadedFile part = ctx.uploadedFile("file");
                if (part == null) {
                    throw PlatformException.invalid("The form has no part named 'file' holding the file.");
                }
                return store(directory, part.filename(), part.content());
            }
            return store(directory, ctx.queryParam("filename"), RequestLimits.uploadBody(ctx));
        } catch (RuntimeException e) {
            delete(directory);
            throw e;
        }
    }

    /** A temporary file beside the upload, for what the server writes back. */
    Path sibling(String name) {
        return directory.resolve(name);
    }

    Path file() {
        return file;
    }

    private static Upload store(Path directory, String clientName, InputStream content) {
        Path file = directory.resolve(safeName(clientName));
        try (InputStream in = content) {
            Files.copy(in, file);
        } catch (IOException e) {
            throw PlatformException.invalid("The upload was cut short: " + e.getMessage() + ". Send the file again.");
        }
        return new Upload(directory, file);
    }

    /** Only the last path element, and only characters that are safe in a file name. */
    private static String safeName(String clientName) {
        if (clientName == null || clientName.isBlank()) {
            return "upload.csv";
        }
        // by hand, not Path.of: a name such as "/" has no last element, and some characters are no path at all
        String slashed = clientName.replace('\\', '/');
        String last = slashed.substring(slashed.lastIndexOf('/') + 1);
        String cleaned = last.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        return cleaned.isEmpty() || cleaned.startsWith(".") ? "upload.csv" : cleaned;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("sightline-upload-");
        } catch (IOException e) {
            throw new PlatformException(ErrorCode.UNAVAILABLE, "The server cannot store an upload: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        delete(directory);
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A temporary file left behind is not worth failing the call for.
        }
    }
}
