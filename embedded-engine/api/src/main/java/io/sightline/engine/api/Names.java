package io.sightline.engine.api;

import java.util.regex.Pattern;

/**
 * The rules for names people give things, in one place for the engine, the server and the console.
 *
 * <p>A <b>name</b> (of a dataset, a strategy, an alert rule) is shown to people and may read like a phrase:
 * 1 to {@value #MAX_LENGTH} characters with at least one letter or digit, without slashes, backslashes or
 * control characters, so that no name can point into a folder. An <b>identifier</b> (of a deployment) also
 * stands in URLs: 1 to {@value #MAX_IDENTIFIER_LENGTH} letters, digits, dots, dashes or underscores, starting
 * with a letter or digit.
 */
public final class Names {
    public static final int MAX_LENGTH = 255;
    public static final int MAX_IDENTIFIER_LENGTH = 64;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,"
            + (MAX_IDENTIFIER_LENGTH - 1) + "}");

    private Names() {
    }

    /**
     * The name with spaces around it removed, or a {@link PlatformException} ({@link ErrorCode#INVALID_INPUT})
     * saying in plain words what a name of a {@code what} (e.g. "dataset") may be.
     */
    public static String requireName(String what, String name) {
        if (name == null || name.isBlank()) {
            throw PlatformException.invalid("Give the " + what + " a name.");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_LENGTH || stripped.codePoints().noneMatch(Character::isLetterOrDigit)
                || stripped.codePoints().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
            throw PlatformException.invalid("A " + what + " name is 1 to " + MAX_LENGTH + " characters with at least"
                    + " one letter or digit, and without slashes, backslashes or control characters (got '"
                    + shown(stripped) + "').");
        }
        return stripped;
    }

    /** The identifier as given, or a {@link PlatformException} saying what an identifier of a {@code what} may be. */
    public static String requireIdentifier(String what, String identifier) {
        if (identifier == null || !IDENTIFIER.matcher(identifier).matches()) {
            throw PlatformException.invalid("A " + what + " name is 1 to " + MAX_IDENTIFIER_LENGTH + " letters, digits,"
                    + " dots, dashes or underscores, starting with a letter or digit (got '" + identifier + "').");
        }
        return identifier;
    }

    private static String shown(String name) {
        String printable = name.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return printable.length() > 80 ? printable.substring(0, 80) + "…" : printable;
    }
}
