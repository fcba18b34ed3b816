package io.sightline.engine.wire;

import io.sightline.engine.api.BadFileException;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;

/**
 * What the server answers when a call fails: the stable code, the plain-language message, and for a refused
 * file the line where the problem was found (null otherwise).
 */
public record ErrorBody(ErrorCode code, String message, Long line) {

    public static ErrorBody of(PlatformException e) {
        return new ErrorBody(e.code(), e.getMessage(), e instanceof BadFileException bad ? bad.line() : null);
    }

    /** The exception the server raised, rebuilt on the client's side. */
    public PlatformException toException() {
        ErrorCode known = code == null ? ErrorCode.INTERNAL : code;
        String text = message == null || message.isBlank() ? "The server gave no reason." : message;
        if (known == ErrorCode.BAD_FILE) {
            return new BadFileException(line == null ? 0 : line, text);
        }
        return new PlatformException(known, text);
    }
}
