package io.sightline.app.fakes;

import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowDefinition;
import io.sightline.engine.api.FlowStart;
import io.sightline.engine.api.FlowState;
import io.sightline.engine.api.Flows;
import io.sightline.engine.api.GateMeasure;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.StepRun;
import io.sightline.engine.api.StepState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Flows that move only when a test says so: a started flow has every step pending until the test scripts a
 * step's state ({@link #step}); approvals, rejections, pause, resume and abort are recorded and change what the
 * engine would change. Each change is published as a {@code FlowChanged} through the given event stream, as the
 * engine would. A test can make the next call fail, as the engine refuses.
 */
public class ScriptedFlows implements Flows {
    /** When the first flow started; each later one starts a minute after the one before. */
    public static final Instant FIRST_START = Instant.parse("2026-11-20T10:00:00Z");

    /** A call that changes a flow: what, on which flow and step, by whom, why (or the start asked for). */
    public record Call(String what, String flowId, String stepId, String by, String reason, FlowStart start) {
    }

    public final List<Call> calls = new CopyOnWriteArrayList<>();
    private final EventStream events;
    private final List<FlowDefinition> definitions;
    private final Map<String, Flow> flows = new LinkedHashMap<>();
    private long eventId = 200;
    private RuntimeException nextFailure;

    public ScriptedFlows(EventStream events, FlowDefinition... definitions) {
        this.events = events;
        this.definitions = List.of(definitions);
    }

    /** The next call that changes a flow fails with {@code failure}; later ones work again. */
    public synchronized void failNext(RuntimeException failure) {
        nextFailure = failure;
    }

    /** The step {@code stepId} of the flow is now {@code state}, with the engine's sentence, measures and outputs. */
    public Flow step(String flowId, String stepId, StepState state, String message, List<GateMeasure> measures,
            Map<String, String> outputs) {
        Flow now;
        synchronized (this) {
            Flow was = flow(flowId);
            StepRun old = was.step(stepId);
            Instant started = old.startedAt() == null ? was.startedAt() : old.startedAt();
            StepRun run = new StepRun(stepId, state, state == StepState.PENDING ? null : started,
                    state.settled() ? started.plusSeconds(2) : null, old.inputs(), outputs, measures, message,
                    old.decidedBy());
            FlowState flowState = state == StepState.WAITING_FOR_APPROVAL ? FlowState.WAITING_FOR_APPROVAL
                    : was.state() == FlowState.WAITING_FOR_APPROVAL ? FlowState.RUNNING : was.state();
            now = with(was, flowState, was.message(), run);
        }
        publish(now, stepId, state, message);
        return now;
    }

    /** The step moved to {@code state} and said nothing more. */
    public Flow step(String flowId, String stepId, StepState state) {
        return step(flowId, stepId, state, null, List.of(), Map.of());
    }

    /** The flow as a whole is now {@code state}, with the engine's sentence on why. */
    public Flow end(String flowId, FlowState state, String message) {
        Flow now;
        synchronized (this) {
            now = with(flow(flowId), state, message, null);
        }
        publish(now, null, null, message);
        return now;
    }

    @Override
    public List<FlowDefinition> flowDefinitions() {
        return definitions;
    }

    @Override
    public Flow startFlow(FlowStart start, String by) {
        Flow started;
        synchronized (this) {
            record(new Call("start", null, null, by, null, start));
            FlowDefinition definition = definitions.stream().filter(d -> d.id().equals(start.definition()))
                    .findFirst().orElseThrow(() -> PlatformException.notFound("flow definition", start.definition()));
            List<StepRun> steps = definition.steps().stream().map(s -> new StepRun(s.id(), StepState.PENDING, null,
                    null, s.parameters(), Map.of(), List.of(), null, null)).toList();
            started = new Flow("flow-" + (flows.size() + 1), definition, start.subject(),
                    definition.parametersWith(start.parameters()), FlowState.RUNNING, by,
                    FIRST_START.plus(Duration.ofMinutes(flows.size())), null, null, steps);
            flows.put(started.id(), started);
        }
        publish(started, null, null, "Started.");
        return started;
    }

    @Override
    public synchronized Flow flow(String flowId) {
        Flow flow = flows.get(flowId);
        if (flow == null) {
            throw PlatformException.notFound("flow", flowId);
        }
        return flow;
    }

    @Override
    public synchronized List<Flow> flows(int limit) {
        return flows.values().stream().sorted(Comparator.comparing(Flow::startedAt).reversed()).limit(limit).toList();
    }

    @Override
    public Flow approveFlowStep(String flowId, String stepId, String by, String reason) {
        return decide("approve", flowId, stepId, by, reason, StepState.PASSED);
    }

    @Override
    public Flow rejectFlowStep(String flowId, String stepId, String by, String reason) {
        return decide("reject", flowId, stepId, by, reason, StepState.FAILED);
    }

    private Flow decide(String what, String flowId, String stepId, String by, String reason, StepState outcome) {
        Flow now;
        synchronized (this) {
            record(new Call(what, flowId, stepId, by, reason, null));
            Flow was = flow(flowId);
            StepRun old = was.step(stepId);
            StepRun run = new StepRun(stepId, outcome, old.startedAt(), was.startedAt().plusSeconds(60), old.inputs(),
                    Map.of("reason", reason), List.of(), what + "d by " + by + ": " + reason, by);
            now = with(was, FlowState.RUNNING, was.message(), run);
        }
        publish(now, stepId, outcome, null);
        return now;
    }

    @Override
    public Flow pauseFlow(String flowId, String by) {
        return change("pause", flowId, by, null, FlowState.PAUSED);
    }

    @Override
    public Flow resumeFlow(String flowId, String by) {
        return change("resume", flowId, by, null, FlowState.RUNNING);
    }

    @Override
    public Flow abortFlow(String flowId, String by, String reason) {
        return change("abort", flowId, by, reason, FlowState.ABORTED);
    }

    private Flow change(String what, String flowId, String by, String reason, FlowState state) {
        synchronized (this) {
            record(new Call(what, flowId, null, by, reason, null));
        }
        return end(flowId, state, reason == null ? null : "Aborted by " + by + ": " + reason);
    }

    /** Records the call, then fails it when the test said the engine refuses it. */
    private void record(Call call) {
        calls.add(call);
        if (nextFailure != null) {
            RuntimeException failure = nextFailure;
            nextFailure = null;
            throw failure;
        }
    }

    private Flow with(Flow was, FlowState state, String message, StepRun changed) {
        List<StepRun> steps = new ArrayList<>(was.steps());
        if (changed != null) {
            steps.replaceAll(s -> s.stepId().equals(changed.stepId()) ? changed : s);
        }
        Flow now = new Flow(was.id(), was.definition(), was.subject(), was.parameters(), state, was.startedBy(),
                was.startedAt(), state.ended() ? was.startedAt().plusSeconds(300) : null, message, steps);
        flows.put(now.id(), now);
        return now;
    }

    /** Delivers the change as the platform's delivery thread would: outside this fake's lock. */
    private void publish(Flow flow, String stepId, StepState stepState, String message) {
        long id;
        synchronized (this) {
            id = ++eventId;
        }
        Consumer<PlatformEvent> listener = events.listener;
        if (listener != null) {
            listener.accept(new PlatformEvent.FlowChanged(id, Instant.now(), flow.id(), flow.definition().id(), stepId,
                    stepState, flow.state(), message));
        }
    }
}
