package io.sightline.engine.api;

/**
 * A file that cannot be imported. The message names the problem in plain words, the line where it was found
 * (0 when it concerns the whole file) and what to do about it.
 */
public class BadFileException extends PlatformException {
    private static final long serialVersionUID = 1L;
    private final long line;

    public BadFileException(long line, String message) {
        super(ErrorCode.BAD_FILE, message);
        this.line = line;
    }

    /** The 1-based line of the file where the problem was found, or 0 when it concerns the whole file. */
    public long line() {
        return line;
    }
}
