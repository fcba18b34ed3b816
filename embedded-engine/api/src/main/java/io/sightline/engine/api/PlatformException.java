package io.sightline.engine.api;

/**
 * A failure of a {@link Platform} call, with a stable {@link ErrorCode} and a message written for the person
 * who made the call: what went wrong and what to do next.
 */
public class PlatformException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;

    public PlatformException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public PlatformException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public static PlatformException notFound(String what, String id) {
        return new PlatformException(ErrorCode.NOT_FOUND, "There is no " + what + " called '" + id + "'.");
    }

    public static PlatformException invalid(String message) {
        return new PlatformException(ErrorCode.INVALID_INPUT, message);
    }
}
