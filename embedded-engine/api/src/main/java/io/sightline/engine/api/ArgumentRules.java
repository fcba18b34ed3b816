package io.sightline.engine.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The checks and limits on the arguments of {@link Platform} calls, each written once: the embedded engine
 * applies them, and the remote client applies the same ones where it must before sending (a file it has to
 * read, a name it puts in a path, a row it cannot send as nothing), so that both refuse in the same words.
 */
public final class ArgumentRules {
    /** The most rows a dataset preview shows. */
    public static final int MAX_PREVIEW_ROWS = 1_000;
    /** How far back the prediction log can be read, newest first. */
    public static final int MAX_RECENT_PREDICTIONS = 10_000;

    private ArgumentRules() {
    }

    /** A file the call reads (a CSV to import or to score) must exist. */
    public static Path existingFile(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            throw PlatformException.invalid("There is no file at " + file + ". Choose an existing CSV file.");
        }
        return file;
    }

    /** A file to upload for a model import, which must exist. */
    public static Path existingUpload(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            throw PlatformException.invalid("There is no file at " + file + " to upload. Choose an existing model"
                    + " file or CSV file.");
        }
        return file;
    }

    /** How many rows a preview shows: what was asked, from none to {@link #MAX_PREVIEW_ROWS}. */
    public static int previewRows(int asked) {
        return Math.max(0, Math.min(asked, MAX_PREVIEW_ROWS));
    }

    /** How many logged predictions are read back: what was asked, from one to {@link #MAX_RECENT_PREDICTIONS}. */
    public static int recentPredictions(int asked) {
        return Math.max(1, Math.min(asked, MAX_RECENT_PREDICTIONS));
    }

    /** How many flows a list holds: at least one (the engine keeps its most recent ones listed). */
    public static int flows(int asked) {
        if (asked < 1) {
            throw PlatformException.invalid("Ask for at least one flow.");
        }
        return asked;
    }

    /** A time window a report or history covers is positive. */
    public static Duration window(Duration window) {
        if (window == null || window.isZero() || window.isNegative()) {
            throw PlatformException.invalid("Choose a positive time window, such as 15 minutes or 7 days.");
        }
        return window;
    }

    /** A stage change names the stage. */
    public static Stage stage(Stage stage) {
        if (stage == null) {
            throw PlatformException.invalid("Choose a stage: None, Staging, Production or Archived.");
        }
        return stage;
    }

    /** A deployment's name is used in URLs and metrics: an identifier by {@link Names#requireIdentifier}. */
    public static String deploymentName(String name) {
        return Names.requireIdentifier("deployment", name);
    }

    /** A row to score or explain is given, even if empty (missing columns are refused by the model's schema). */
    public static Map<String, String> row(Map<String, String> row) {
        if (row == null) {
            throw PlatformException.invalid("Give the values of the model's input columns.");
        }
        return row;
    }

    /** Outcomes to record are given, even if none. */
    public static List<Outcome> outcomes(List<Outcome> outcomes) {
        if (outcomes == null) {
            throw PlatformException.invalid("Give the outcomes to record: prediction id, actual label and value.");
        }
        return outcomes;
    }
}
