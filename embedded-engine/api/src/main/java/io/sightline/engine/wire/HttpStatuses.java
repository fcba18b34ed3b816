package io.sightline.engine.wire;

import io.sightline.engine.api.ErrorCode;

/** The HTTP status each error code travels with, and the code to assume when only a status arrived. */
public final class HttpStatuses {
    private HttpStatuses() {
    }

    public static int of(ErrorCode code) {
        return switch (code) {
            case INVALID_INPUT, BAD_FILE -> 400;
            case UNAUTHORIZED -> 401;
            case NOT_FOUND -> 404;
            case ALREADY_EXISTS, CONFLICT, CANCELLED -> 409;
            case UNAVAILABLE -> 503;
            case INTERNAL -> 500;
        };
    }

    /** For answers without an error body (a proxy's page, say). */
    public static ErrorCode codeOf(int status) {
        return switch (status) {
            case 400, 413, 415, 422 -> ErrorCode.INVALID_INPUT;
            case 401, 403 -> ErrorCode.UNAUTHORIZED;
            case 404, 405 -> ErrorCode.NOT_FOUND;
            case 409 -> ErrorCode.CONFLICT;
            case 502, 503, 504 -> ErrorCode.UNAVAILABLE;
            default -> ErrorCode.INTERNAL;
        };
    }
}
