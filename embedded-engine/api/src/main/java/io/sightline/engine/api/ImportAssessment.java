package io.sightline.engine.api;

import java.util.List;

/**
 * Whether an imported model file fits the dataset it is meant for: every check with its verdict, the SHA-256 of
 * the file, and the version registered from it (null when a check failed or registering was not asked for).
 */
public record ImportAssessment(ModelFormat format, String fileSha256, List<ImportCheck> checks,
                               ModelVersion registered) {

    public ImportAssessment {
        checks = List.copyOf(checks);
    }

    /** Passed when every check passed. */
    public boolean passed() {
        return !checks.isEmpty() && checks.stream().allMatch(ImportCheck::passed);
    }

    /** The failed checks' messages, one sentence each, or "" when all passed. */
    public String failures() {
        return String.join(" ", checks.stream().filter(c -> !c.passed()).map(ImportCheck::message).toList());
    }
}
