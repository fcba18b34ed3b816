package io.sightline.engine.flow;

import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowState;
import io.sightline.engine.api.FlowStep;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.StepKind;
import io.sightline.engine.api.StepRun;
import io.sightline.engine.api.StepState;
import io.sightline.engine.jobs.JobLease;
import io.sightline.engine.jobs.JobLeases;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.EventLog;
import io.sightline.engine.store.Timestamps;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one flow as far as it can go now, move by move ({@link FlowProgress}): each transition is written with
 * its event in one transaction that first checks this node still holds the flow's lease, so a node that lost the
 * flow records nothing. A step's action runs outside any transaction; when the engine stops meanwhile, its result
 * is not recorded and the step, still running in the database, runs again when the flow is picked up.
 */
final class FlowRunner {
    private static final Logger LOG = LoggerFactory.getLogger(FlowRunner.class);
    private static final Pattern PARAMETER = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");

    private final Database database;
    private final EventLog events;
    private final FlowStore store;
    private final JobLeases leases;
    private final StepActions actions;
    /** What an approval step says while it waits: who may decide it. */
    private final BiFunction<Flow, FlowStep, String> waitingFor;

    FlowRunner(Database database, EventLog events, FlowStore store, JobLeases leases, StepActions actions,
            BiFunction<Flow, FlowStep, String> waitingFor) {
        this.database = database;
        this.events = events;
        this.store = store;
        this.leases = leases;
        this.actions = actions;
        this.waitingFor = waitingFor;
    }

    /**
     * Moves the flow on until it waits (for a person, a step's next check, its resumption) or ends, or until
     * {@code stopping} says to stop; true when the flow has ended.
     */
    boolean advance(JobLease lease, BooleanSupplier stopping) {
        while (!stopping.getAsBoolean()) {
            StoredFlow stored = database.read(c -> store.get(c, lease.jobId()));
            Flow flow = stored.flow();
            if (flow.state().ended()) {
                return true;
            }
            // paused: nothing new starts, but a step already running (such as a load test) still finishes
            Optional<FlowProgress.Move> move = flow.state() == FlowState.PAUSED
                    ? FlowProgress.nextWhilePaused(stored, Timestamps.now()) : FlowProgress.next(stored, Timestamps.now());
            if (move.isEmpty()) {
                return false;
            }
            switch (move.get()) {
                case FlowProgress.Skip skip -> commitStep(lease, flow, settled(flow.step(skip.step().id()),
                        StepState.SKIPPED, skip.why()), null);
                case FlowProgress.AwaitApproval await -> commitStep(lease, flow, new StepRun(await.step().id(),
                        StepState.WAITING_FOR_APPROVAL, Timestamps.now(), null, inputs(flow, await.step()), Map.of(),
                        List.of(), waitingFor.apply(flow, await.step()), null), null);
                case FlowProgress.Run run -> runStep(lease, flow, run.step(), stopping);
                case FlowProgress.Finish finish -> {
                    finish(lease, flow, finish);
                    return true;
                }
            }
        }
        return false;
    }

    private void runStep(JobLease lease, Flow flow, FlowStep step, BooleanSupplier stopping) {
        StepRun current = flow.step(step.id());
        Map<String, String> inputs = inputs(flow, step);
        Instant started = current.startedAt() == null ? Timestamps.now() : current.startedAt();
        if (current.state() == StepState.PENDING) {
            commitStep(lease, flow, new StepRun(step.id(), StepState.RUNNING, started, null, inputs, Map.of(),
                    List.of(), "Running.", null), null);
        }
        StepResult result = perform(flow, step, current);
        if (stopping.getAsBoolean()) {
            return;
        }
        StepState state = switch (result.outcome()) {
            case PASSED -> StepState.PASSED;
            case FAILED -> StepState.FAILED;
            case WAITING -> StepState.RUNNING;
        };
        Instant checkAt = result.outcome() == StepResult.Outcome.WAITING
                ? Timestamps.now().plus(result.checkAgainIn()) : null;
        StepRun after = new StepRun(step.id(), state, started, state.settled() ? Timestamps.now() : null, inputs,
                result.outputs(), result.measures(), result.message(), null);
        if (state == StepState.RUNNING && current.state() == StepState.RUNNING && sameAs(current, after)) {
            // nothing new to tell: look again later without another transition
            leases.commitWhileHeld(database, lease, c -> store.checkLater(c, flow.id(), step.id(), checkAt));
            return;
        }
        commitStep(lease, flow, after, checkAt);
    }

    private StepResult perform(Flow flow, FlowStep step, StepRun current) {
        if (step.kind() == StepKind.JOIN) {
            return StepResult.passed("Every branch leading here passed.", Map.of());
        }
        StepInput input = new StepInput(flow.id(), step.id(), flow.subject(), flow.startedBy(),
                resolve(step.parameters(), flow.parameters()), earlierOutputs(flow), current.outputs(),
                flow.steps().stream().filter(s -> s.state() == StepState.FAILED)
                        .map(s -> flow.definition().step(s.stepId()).name() + ": " + s.message()).toList());
        try {
            return actions.get(step.action()).run(input);
        } catch (PlatformException e) {
            return StepResult.failed(e.getMessage(), Map.of());
        } catch (RuntimeException e) {
            if (!Thread.currentThread().isInterrupted()) { // an interrupted step is the engine closing, not a fault
                LOG.error("The step {} of flow {} failed", step.id(), flow.id(), e);
            }
            return StepResult.failed("The step failed unexpectedly: " + e, Map.of());
        }
    }

    private void commitStep(JobLease lease, Flow flow, StepRun run, Instant checkAt) {
        events.publishWith(c -> {
            store.lock(c, flow.id());
            leases.requireHeld(c, lease);
            store.writeStep(c, flow.id(), run, checkAt, null);
            return store.settle(c, flow.id());
        }, flowState -> new PlatformEvent.FlowChanged(0, Timestamps.now(), flow.id(), flow.definition().id(),
                run.stepId(), run.state(), flowState, run.message()));
    }

    private void finish(JobLease lease, Flow flow, FlowProgress.Finish finish) {
        events.publishWith(c -> {
            store.lock(c, flow.id());
            leases.requireHeld(c, lease);
            store.writeFlowState(c, flow.id(), finish.state(), Timestamps.now(), finish.message(), null);
            store.endLease(c, flow.id(), finish.state() == FlowState.SUCCEEDED ? JobState.SUCCEEDED : JobState.FAILED);
            return finish.state();
        }, state -> new PlatformEvent.FlowChanged(0, Timestamps.now(), flow.id(), flow.definition().id(), null, null,
                state, finish.message()));
    }

    private static boolean sameAs(StepRun before, StepRun after) {
        return before.outputs().equals(after.outputs()) && before.measures().equals(after.measures())
                && Objects.equals(before.message(), after.message());
    }

    private static StepRun settled(StepRun run, StepState state, String message) {
        return new StepRun(run.stepId(), state, run.startedAt(), Timestamps.now(), run.inputs(), run.outputs(),
                run.measures(), message, run.decidedBy());
    }

    /** What a step is given, as recorded with it: the subject, and the step's parameters with the flow's put in. */
    private static Map<String, String> inputs(Flow flow, FlowStep step) {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("model", flow.subject().model());
        inputs.put("version", String.valueOf(flow.subject().version()));
        if (flow.subject().deployment() != null) {
            inputs.put("deployment", flow.subject().deployment());
        }
        inputs.putAll(resolve(step.parameters(), flow.parameters()));
        return inputs;
    }

    /** The step's parameters with every {@code ${name}} replaced by the flow's parameter of that name. */
    static Map<String, String> resolve(Map<String, String> stepParameters, Map<String, String> flowParameters) {
        Map<String, String> resolved = new LinkedHashMap<>();
        stepParameters.forEach((name, value) -> {
            Matcher matcher = PARAMETER.matcher(value);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String given = flowParameters.get(matcher.group(1));
                if (given == null) {
                    throw PlatformException.invalid("The step parameter '" + name + "' refers to the flow parameter '"
                            + matcher.group(1) + "', which the flow does not have.");
                }
                matcher.appendReplacement(out, Matcher.quoteReplacement(given));
            }
            matcher.appendTail(out);
            resolved.put(name, out.toString());
        });
        return resolved;
    }

    private static Map<String, Map<String, String>> earlierOutputs(Flow flow) {
        Map<String, Map<String, String>> earlier = new HashMap<>();
        flow.steps().stream().filter(s -> s.state() == StepState.PASSED || s.state() == StepState.FAILED)
                .forEach(s -> earlier.put(s.stepId(), s.outputs()));
        return earlier;
    }
}
