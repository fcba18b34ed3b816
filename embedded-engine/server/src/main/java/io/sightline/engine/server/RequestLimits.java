package io.sightline.engine.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * How large a request body may be: small for JSON, larger for uploaded files (datasets, models, CSV to score),
 * which are streamed to disk, never held in memory. A body announced larger than its limit is refused before
 * it is read; one sent without a length is counted while it is read and refused when it passes the limit. Both
 * answer 413 in plain words. The limits travel on each request, so that every reader applies the same ones.
 */
public final class RequestLimits implements Handler {
    public static final long DEFAULT_JSON_BYTES = 1L << 20;
    public static final long DEFAULT_UPLOAD_BYTES = 1L << 30;
    private static final String JSON_LIMIT = "sightline.limit.json";
    private static final String UPLOAD_LIMIT = "sightline.limit.upload";

    private final long jsonBytes;
    private final long uploadBytes;

    RequestLimits(long jsonBytes, long uploadBytes) {
        this.jsonBytes = jsonBytes;
        this.uploadBytes = uploadBytes;
    }

    /** Refuses at once a body larger than any request may be; records the limits for the readers. */
    @Override
    public void handle(Context ctx) {
        ctx.attribute(JSON_LIMIT, jsonBytes);
        ctx.attribute(UPLOAD_LIMIT, uploadBytes);
        requireAnnounced(ctx, Math.max(jsonBytes, uploadBytes), "a request");
    }

    /** The body of a JSON request, at most the JSON limit. */
    public static InputStream jsonBody(Context ctx) {
        return limited(ctx, limit(ctx, JSON_LIMIT, DEFAULT_JSON_BYTES), "a JSON request");
    }

    /** The body of an upload (raw or a multipart form), at most the upload limit. */
    public static InputStream uploadBody(Context ctx) {
        return limited(ctx, uploadLimit(ctx), "an upload");
    }

    /** Refuses a multipart form announced larger than an upload may be, before it is parsed. */
    public static void requireUploadSize(Context ctx) {
        requireAnnounced(ctx, uploadLimit(ctx), "an upload");
    }

    private static long uploadLimit(Context ctx) {
        return limit(ctx, UPLOAD_LIMIT, DEFAULT_UPLOAD_BYTES);
    }

    private static long limit(Context ctx, String attribute, long fallback) {
        Long limit = ctx.attribute(attribute);
        return limit == null ? fallback : limit;
    }

    private static InputStream limited(Context ctx, long limit, String what) {
        requireAnnounced(ctx, limit, what);
        return new Counted(ctx.bodyInputStream(), limit, what);
    }

    private static void requireAnnounced(Context ctx, long limit, String what) {
        long length = ctx.req().getContentLengthLong();
        if (length > limit) {
            throw tooLarge(limit, what);
        }
    }

    static HttpResponseException tooLarge(long limit, String what) {
        return new HttpResponseException(413, "The body of " + what + " may be at most " + readable(limit)
                + "; this one is larger. Send less, or ask the administrator to raise the limit "
                + "('sightline serve --max-upload-mb' for files).");
    }

    private static String readable(long bytes) {
        return bytes >= 1L << 20 ? (bytes >> 20) + " MB" : bytes + " bytes";
    }

    /** Counts what is read and refuses the byte past the limit. */
    private static final class Counted extends FilterInputStream {
        private final long limit;
        private final String what;
        private long read;

        Counted(InputStream in, long limit, String what) {
            super(in);
            this.limit = limit;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit, what);
            }
        }
    }
}
