package io.sightline.engine.flow;

import io.sightline.engine.api.EdgeCondition;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowDefinition;
import io.sightline.engine.api.FlowEdge;
import io.sightline.engine.api.FlowState;
import io.sightline.engine.api.FlowStep;
import io.sightline.engine.api.StepKind;
import io.sightline.engine.api.StepRun;
import io.sightline.engine.api.StepState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a flow goes next, read from its steps' states alone: the first of the steps, in the definition's order,
 * that can move. A step moves once every edge leading to it is settled: it is reached when one of them was
 * followed (a join: when all were), else skipped. A flow whose steps are all settled ends, failed when any step
 * failed.
 */
final class FlowProgress {
    private FlowProgress() {
    }

    /** A step to skip, run, put before a person, or the flow's end. */
    sealed interface Move {
    }

    record Skip(FlowStep step, String why) implements Move {
    }

    record Run(FlowStep step) implements Move {
    }

    record AwaitApproval(FlowStep step) implements Move {
    }

    record Finish(FlowState state, String message) implements Move {
    }

    static Optional<Move> next(StoredFlow stored, Instant now) {
        Flow flow = stored.flow();
        FlowDefinition definition = flow.definition();
        for (FlowStep step : definition.steps()) {
            StepRun run = flow.step(step.id());
            if (run.state() == StepState.RUNNING) {
                if (due(stored, step, now)) {
                    return Optional.of(new Run(step));
                }
            } else if (run.state() == StepState.PENDING) {
                Optional<Move> move = reached(flow, step);
                if (move.isPresent()) {
                    return move;
                }
            }
        }
        return flow.steps().stream().allMatch(s -> s.state().settled()) ? Optional.of(finish(flow)) : Optional.empty();
    }

    /**
     * Where a paused flow goes next: a step already running goes on until it settles (a waiting step is looked at
     * again when due); no other step moves.
     */
    static Optional<Move> nextWhilePaused(StoredFlow stored, Instant now) {
        Flow flow = stored.flow();
        return flow.definition().steps().stream()
                .filter(step -> flow.step(step.id()).state() == StepState.RUNNING && due(stored, step, now))
                .findFirst().map(Run::new);
    }

    private static boolean due(StoredFlow stored, FlowStep step, Instant now) {
        Instant checkAt = stored.checkAt().get(step.id());
        return checkAt == null || !checkAt.isAfter(now);
    }

    private static Optional<Move> reached(Flow flow, FlowStep step) {
        List<FlowEdge> incoming = flow.definition().incoming(step.id());
        if (incoming.stream().anyMatch(e -> !flow.step(e.from()).state().settled())) {
            return Optional.empty();
        }
        long followed = incoming.stream().filter(e -> e.followedAfter(flow.step(e.from()).state())).count();
        boolean go = incoming.isEmpty() || (step.kind() == StepKind.JOIN ? followed == incoming.size() : followed > 0);
        if (!go) {
            return Optional.of(new Skip(step, step.kind() == StepKind.JOIN && followed > 0
                    ? "Not every branch leading here passed." : "No path leading here was taken."));
        }
        return Optional.of(step.kind() == StepKind.APPROVAL ? new AwaitApproval(step) : new Run(step));
    }

    private static Finish finish(Flow flow) {
        List<StepRun> failed = flow.steps().stream().filter(s -> s.state() == StepState.FAILED).toList();
        if (failed.isEmpty()) {
            return new Finish(FlowState.SUCCEEDED, "Every step passed.");
        }
        return new Finish(FlowState.FAILED, failed.stream()
                .map(s -> flow.definition().step(s.stepId()).name() + " failed: " + s.message())
                .collect(Collectors.joining(" ")) + ranAfter(flow, failed));
    }

    /** Names the steps a failure led to, such as a rollback, so that the message says what was done about it. */
    private static String ranAfter(Flow flow, List<StepRun> failed) {
        List<String> recovery = flow.steps().stream()
                .filter(s -> s.state() == StepState.PASSED && flow.definition().incoming(s.stepId()).stream()
                        .anyMatch(e -> e.when() == EdgeCondition.ON_FAIL && failed.stream()
                                .anyMatch(f -> f.stepId().equals(e.from()))))
                .map(s -> flow.definition().step(s.stepId()).name()).toList();
        return recovery.isEmpty() ? "" : " Then: " + String.join(", ", recovery) + ".";
    }
}
