package io.sightline.engine.api;

import java.util.List;

/**
 * What the runs of an experiment can be filtered, ordered and shown by: the attributes every run has, and the
 * metric, parameter and tag keys found in its newest {@code runsRead} runs (a key only older runs have can still
 * be typed). Each list is sorted.
 */
public record RunFields(List<String> attributes, List<String> metrics, List<String> params, List<String> tags,
                        int runsRead) {

    public RunFields {
        attributes = List.copyOf(attributes);
        metrics = List.copyOf(metrics);
        params = List.copyOf(params);
        tags = List.copyOf(tags);
    }
}
