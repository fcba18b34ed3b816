package io.sightline.engine.server.mlflow;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The platform's failures in MLflow's words: {@code {"error_code": "...", "message": "..."}} and its status. */
final class MlflowErrors {
    static final String ENDPOINT_NOT_FOUND = "ENDPOINT_NOT_FOUND";

    private MlflowErrors() {
    }

    /** MLflow's error code for a platform failure. */
    static String code(ErrorCode code) {
        return switch (code) {
            case NOT_FOUND -> "RESOURCE_DOES_NOT_EXIST";
            case ALREADY_EXISTS -> "RESOURCE_ALREADY_EXISTS";
            case INVALID_INPUT, BAD_FILE -> "INVALID_PARAMETER_VALUE";
            case CONFLICT -> "RESOURCE_CONFLICT";
            case CANCELLED -> "CANCELLED";
            case UNAVAILABLE -> "TEMPORARILY_UNAVAILABLE";
            case INTERNAL -> "INTERNAL_ERROR";
            case UNAUTHORIZED -> "UNAUTHENTICATED";
        };
    }

    /** The HTTP status MLflow's server answers with for {@code errorCode}. */
    static int status(String errorCode) {
        return switch (errorCode) {
            case "RESOURCE_DOES_NOT_EXIST", ENDPOINT_NOT_FOUND -> 404;
            case "RESOURCE_ALREADY_EXISTS", "INVALID_PARAMETER_VALUE", "BAD_REQUEST" -> 400;
            case "UNAUTHENTICATED" -> 401;
            case "RESOURCE_CONFLICT" -> 409;
            case "CANCELLED" -> 499;
            case "TEMPORARILY_UNAVAILABLE" -> 503;
            default -> 500;
        };
    }

    static Map<String, Object> body(String errorCode, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error_code", errorCode);
        body.put("message", message);
        return body;
    }

    static Map<String, Object> body(PlatformException failure) {
        return body(code(failure.code()), failure.getMessage());
    }
}
