package io.sightline.engine.api;

/** Stable codes for {@link PlatformException}; clients switch on these, people read the message. */
public enum ErrorCode {
    INVALID_INPUT,
    BAD_FILE,
    NOT_FOUND,
    ALREADY_EXISTS,
    CONFLICT,
    CANCELLED,
    UNAVAILABLE,
    INTERNAL,
    /** The caller did not say who it is, or its token was not accepted. */
    UNAUTHORIZED
}
