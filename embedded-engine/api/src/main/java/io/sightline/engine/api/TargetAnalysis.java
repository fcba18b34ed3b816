package io.sightline.engine.api;

import java.util.List;

/**
 * What training would predict with a given target column: the task it implies, the classes and their counts
 * (empty for regression), and the problems to fix first. {@code trainable} is false when any problem is a
 * {@link Severity#BLOCKER}.
 */
public record TargetAnalysis(String target, Task task, List<CategoryCount> classes, List<DataIssue> problems) {
    public TargetAnalysis {
        classes = List.copyOf(classes);
        problems = List.copyOf(problems);
    }

    public boolean trainable() {
        return problems.stream().noneMatch(p -> p.severity() == Severity.BLOCKER);
    }
}
