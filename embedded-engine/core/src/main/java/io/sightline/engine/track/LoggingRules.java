package io.sightline.engine.track;

import io.sightline.engine.api.PlatformException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What may be logged, with MLflow's limits: keys of letters, digits, underscores, dashes, periods, spaces,
 * colons and slashes up to 250 characters; parameter values up to 6000 characters and tag values up to 8000;
 * a batch of at most 1000 metrics, 100 parameters and 100 tags, 1000 items in all.
 */
public final class LoggingRules {
    public static final int MAX_KEY_LENGTH = 250;
    public static final int MAX_PARAM_VALUE_LENGTH = 6000;
    public static final int MAX_TAG_VALUE_LENGTH = 8000;
    public static final int MAX_EXPERIMENT_TAG_VALUE_LENGTH = 5000;
    public static final int MAX_NAME_LENGTH = 255;
    public static final int MAX_BATCH_METRICS = 1000;
    public static final int MAX_BATCH_PARAMS = 100;
    public static final int MAX_BATCH_TAGS = 100;
    public static final int MAX_BATCH_ITEMS = 1000;
    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{N}_\\-./ :]+");

    private LoggingRules() {
    }

    /** Refuses a batch over the limits, an invalid key or value, or one parameter given two values. */
    public static void check(RunBatch batch) {
        limit(batch.metrics().size(), MAX_BATCH_METRICS, "metrics");
        limit(batch.params().size(), MAX_BATCH_PARAMS, "params");
        limit(batch.tags().size(), MAX_BATCH_TAGS, "tags");
        if (batch.size() > MAX_BATCH_ITEMS) {
            throw PlatformException.invalid("A batch logging request can contain at most " + MAX_BATCH_ITEMS
                    + " metrics, params and tags in total. Got " + batch.size()
                    + ". Please split them up across multiple requests and try again.");
        }
        for (MetricPoint metric : batch.metrics()) {
            key("metric", metric.key());
        }
        Map<String, String> seen = new HashMap<>();
        for (KeyValue param : batch.params()) {
            key("param", param.key());
            value("param", param, MAX_PARAM_VALUE_LENGTH);
            String earlier = seen.putIfAbsent(param.key(), param.value());
            if (earlier != null && !earlier.equals(param.value())) {
                throw PlatformException.invalid("Duplicate parameter key '" + param.key()
                        + "' with different values in one request: log each parameter once.");
            }
        }
        for (KeyValue tag : batch.tags()) {
            key("tag", tag.key());
            value("tag", tag, MAX_TAG_VALUE_LENGTH);
        }
    }

    /** Refuses a key that is missing, too long or has characters MLflow does not allow. */
    public static void key(String what, String key) {
        if (key == null || key.isEmpty()) {
            throw PlatformException.invalid("Missing value for required parameter 'key' of a " + what + ".");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw PlatformException.invalid("The " + what + " key '" + key.substring(0, 40) + "…' is "
                    + key.length() + " characters long; the most is " + MAX_KEY_LENGTH + ".");
        }
        if (!KEY.matcher(key).matches() || key.startsWith("/") || key.contains("..")) {
            throw PlatformException.invalid("Invalid " + what + " name '" + key + "': names may only contain "
                    + "letters, digits, underscores (_), dashes (-), periods (.), spaces ( ), colons (:) and slashes "
                    + "(/), and may not start with a slash or contain '..'.");
        }
    }

    public static void value(String what, KeyValue item, int maxLength) {
        if (item.value() == null) {
            throw PlatformException.invalid("Missing value for the " + what + " '" + item.key() + "'.");
        }
        if (item.value().length() > maxLength) {
            throw PlatformException.invalid("The value of the " + what + " '" + item.key() + "' is "
                    + item.value().length() + " characters long; the most is " + maxLength + ".");
        }
    }

    /** Refuses a missing or over-long experiment or run name. */
    public static String name(String what, String name) {
        if (name == null || name.isBlank()) {
            throw PlatformException.invalid("Missing value for required parameter '" + what + "'.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw PlatformException.invalid("The " + what + " is " + name.length() + " characters long; the most is "
                    + MAX_NAME_LENGTH + ".");
        }
        return name;
    }

    private static void limit(int count, int maximum, String what) {
        if (count > maximum) {
            throw PlatformException.invalid("A batch logging request can contain at most " + maximum + " " + what
                    + ". Got " + count + " " + what + ". Please split up " + what
                    + " across multiple requests and try again.");
        }
    }
}
