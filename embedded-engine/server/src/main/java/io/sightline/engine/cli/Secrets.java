package io.sightline.engine.cli;

import io.sightline.engine.api.PlatformException;

/** Passwords handed over in environment variables, so that they never stand on a command line. */
final class Secrets {
    private Secrets() {
    }

    /** The value of {@code variable}, or "" when no variable was named; refused when it is named but unset. */
    static String fromEnvironment(String variable, String option) {
        if (variable == null || variable.isBlank()) {
            return "";
        }
        String value = System.getenv(variable);
        if (value == null) {
            throw PlatformException.invalid("The environment variable " + variable + " (named by " + option
                    + ") is not set. Export it before starting the command.");
        }
        return value;
    }
}
