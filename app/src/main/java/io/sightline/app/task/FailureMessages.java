package io.sightline.app.task;

import io.sightline.engine.api.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a failure into words for the screen: the platform's own message, never a stack trace. */
public final class FailureMessages {
    private static final Logger LOG = LoggerFactory.getLogger(FailureMessages.class);

    private FailureMessages() {
    }

    /** The platform's plain-language message, or a short generic sentence (the details go to the log). */
    public static String plain(Throwable failure) {
        if (failure instanceof PlatformException platformFailure && hasText(platformFailure.getMessage())) {
            return platformFailure.getMessage();
        }
        LOG.warn("Unexpected failure", failure);
        return "Something unexpected went wrong (" + failure.getClass().getSimpleName()
                + "). Please try again; if it happens again, the log has the details.";
    }

    /** As {@link #plain(Throwable)}, naming {@code what} failed when the platform gave no sentence of its own. */
    public static String plain(Throwable failure, String what) {
        if (failure instanceof PlatformException platformFailure && hasText(platformFailure.getMessage())) {
            return platformFailure.getMessage();
        }
        LOG.warn(what + " failed", failure);
        return what.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + what.substring(1) + " failed unexpectedly ("
                + failure.getClass().getSimpleName() + "). Try again; the log has the details.";
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
