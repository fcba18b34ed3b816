package io.sightline.app.workspace.mlops;

import io.sightline.engine.api.PlatformException;
import java.util.Arrays;
import java.util.List;

/**
 * Numbers as typed into the workspace's forms. Only the reading of the text is checked here; what values a plan
 * or rule accepts is the seam records' to say.
 */
final class FormNumbers {
    private FormNumbers() {
    }

    /** {@code text} as a number; a plain message naming {@code what} when it is none. */
    static double decimal(String text, String what) {
        String typed = text == null ? "" : text.strip();
        try {
            return Double.parseDouble(typed);
        } catch (NumberFormatException notANumber) {
            throw PlatformException.invalid("Write " + what + " as a number, such as 0.25"
                    + (typed.isEmpty() ? "." : " (got '" + typed + "')."));
        }
    }

    /** {@code text} as a whole number; a plain message naming {@code what} when it is none. */
    static int whole(String text, String what) {
        String typed = text == null ? "" : text.strip();
        try {
            return Integer.parseInt(typed);
        } catch (NumberFormatException notANumber) {
            throw PlatformException.invalid("Write " + what + " as a whole number, such as 10"
                    + (typed.isEmpty() ? "." : " (got '" + typed + "')."));
        }
    }

    /** Numbers separated by commas or spaces, in order: "0.05, 0.25, 0.5, 1". */
    static List<Double> decimals(String text, String what) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;\\s]+")).map(part -> decimal(part, what)).toList();
    }
}
