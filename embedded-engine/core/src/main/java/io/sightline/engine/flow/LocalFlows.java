package io.sightline.engine.flow;

import io.sightline.engine.api.ArgumentRules;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowDefinition;
import io.sightline.engine.api.FlowStart;
import io.sightline.engine.api.FlowState;
import io.sightline.engine.api.FlowStep;
import io.sightline.engine.api.Flows;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.StepRun;
import io.sightline.engine.api.StepState;
import io.sightline.engine.cluster.NodeOptions;
import io.sightline.engine.jobs.JobLease;
import io.sightline.engine.jobs.JobLeases;
import io.sightline.engine.jobs.LeaseLostException;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.EventLog;
import io.sightline.engine.store.Ids;
import io.sightline.engine.store.Sql;
import io.sightline.engine.store.Timestamps;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The flows of this engine. Each flow is held by one node under a lease, as training jobs are ({@link JobLeases}
 * on the table {@code flow_lease}), renewed while it is held: a standalone engine holds the flows it started and
 * takes back, when it opens, those a process that died left behind; a cluster node claims any flow no node holds,
 * including one whose node died (its lease ran out). The holder's driver thread hands each flow to a
 * {@link FlowRunner} whenever something may have changed (a start, an approval, a resumption) and at every
 * poll, so that waiting steps are looked at again and decisions made on other nodes are seen.
 */
public final class LocalFlows implements Flows, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalFlows.class);
    private static final int MOST_LISTED = 1_000;

    private final Database database;
    private final EventLog events;
    private final FlowLibrary library;
    private final NodeOptions node;
    private final FlowStore store = new FlowStore();
    private final JobLeases leases;
    private final FlowRunner runner;
    private final Map<String, ApprovalRule> approvalRules;
    private final Map<String, HeldFlow> held = new ConcurrentHashMap<>();
    /** Claims, renewals and releases take turns, so that none uses a lease another has just replaced. */
    private final Object leaseLock = new Object();
    private final Semaphore wakeUp = new Semaphore(0);
    private final ExecutorService runners = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("sightline-flow-", 0).factory());
    private final ScheduledExecutorService renewals;
    private final Thread driver;
    private volatile boolean closing;

    public LocalFlows(Database database, EventLog events, FlowLibrary library, StepActions actions, NodeOptions node) {
        this(database, events, library, actions, node, List.of());
    }

    /** Flows whose approval steps may name one of {@code approvalRules} to say who decides them. */
    public LocalFlows(Database database, EventLog events, FlowLibrary library, StepActions actions, NodeOptions node,
                      List<ApprovalRule> approvalRules) {
        this.approvalRules = approvalRules.stream().collect(Collectors.toUnmodifiableMap(ApprovalRule::name,
                rule -> rule));
        library.all().forEach(this::requireKnownApprovalRules);
        this.database = database;
        this.events = events;
        this.library = library;
        this.node = node;
        this.leases = new JobLeases("flow_lease", node);
        this.runner = new FlowRunner(database, events, store, leases, actions, this::waitingFor);
        this.renewals = Executors.newSingleThreadScheduledExecutor(runnable ->
                Thread.ofPlatform().daemon().name("sightline-flow-leases").unstarted(runnable));
        long every = node.renewInterval().toMillis();
        renewals.scheduleWithFixedDelay(this::renewLeases, every, every, TimeUnit.MILLISECONDS);
        this.driver = Thread.ofPlatform().daemon().name("sightline-flows").start(this::drive);
    }

    @Override
    public List<FlowDefinition> flowDefinitions() {
        return library.all();
    }

    @Override
    public Flow startFlow(FlowStart start, String by) {
        String starter = person(by, "Say who starts the flow.");
        FlowDefinition definition = library.get(start.definition());
        Map<String, String> parameters = definition.parametersWith(start.parameters());
        String flowId = Ids.newId("flow");
        Instant now = Timestamps.now();
        String message = "Started by " + starter + ".";
        Flow flow = new Flow(flowId, definition, start.subject(), parameters, FlowState.RUNNING, starter, now, null,
                message, definition.steps().stream().map(s -> new StepRun(s.id(), StepState.PENDING, null, null,
                        null, null, null, null, null)).toList());
        synchronized (leaseLock) {
            JobLease queuedHere = hold(flow);
            if (queuedHere != null) {
                held.put(flowId, new HeldFlow(queuedHere));
            }
        }
        wakeUp.release();
        return flow(flowId);
    }

    private JobLease hold(Flow flow) {
        JobLease[] lease = new JobLease[1];
        events.publishWith(c -> {
            store.insert(c, flow);
            Sql.update(c, "INSERT INTO flow_lease (id, state, created_at) VALUES (?, ?, ?)", flow.id(),
                    JobState.QUEUED, flow.startedAt());
            lease[0] = node.cluster() ? null : leases.holdQueued(c, flow.id());
            return flow.state();
        }, state -> changed(flow, null, null, state, flow.message()));
        return lease[0];
    }

    @Override
    public Flow flow(String flowId) {
        return database.read(c -> store.get(c, flowId)).flow();
    }

    @Override
    public List<Flow> flows(int limit) {
        int wanted = Math.min(ArgumentRules.flows(limit), MOST_LISTED);
        return database.read(c -> store.recent(c, wanted));
    }

    @Override
    public Flow approveFlowStep(String flowId, String stepId, String by, String reason) {
        String approver = person(by, "Say who approves.");
        Flow flow = flow(flowId);
        if (approver.equalsIgnoreCase(flow.startedBy())) {
            throw PlatformException.invalid(approver + " started this flow, so someone else must approve it:"
                    + " ask another person to approve the step '" + flow.definition().step(stepId).name() + "'.");
        }
        requireAllowed(flow, stepId, approver);
        return decide(flow, stepId, StepState.PASSED, approver, "Approved by " + approver + sentence(reason));
    }

    @Override
    public Flow rejectFlowStep(String flowId, String stepId, String by, String reason) {
        String rejecter = person(by, "Say who rejects.");
        if (reason == null || reason.isBlank()) {
            throw PlatformException.invalid("Say why the step is rejected; the reason is recorded with the flow.");
        }
        Flow flow = flow(flowId);
        requireAllowed(flow, stepId, rejecter);
        return decide(flow, stepId, StepState.FAILED, rejecter, "Rejected by " + rejecter + sentence(reason));
    }

    /** Refuses, when the engine opens, a definition whose approval names a rule this engine does not know. */
    private void requireKnownApprovalRules(FlowDefinition definition) {
        for (FlowStep step : definition.steps()) {
            String ruleName = step.parameters().get(ApprovalRule.PARAMETER);
            if (ruleName != null && !ruleName.isBlank() && !approvalRules.containsKey(ruleName.strip())) {
                throw PlatformException.invalid("The step '" + step.id() + "' of the flow '" + definition.id()
                        + "' is decided by '" + ruleName + "', a rule this engine does not know; it knows "
                        + approvalRules.keySet() + ".");
            }
        }
    }

    /** What an approval step says while it waits: who may decide it, by its rule, and never the starter. */
    private String waitingFor(Flow flow, FlowStep step) {
        String ruleName = step.parameters().get(ApprovalRule.PARAMETER);
        ApprovalRule rule = ruleName == null ? null : approvalRules.get(ruleName.strip());
        return rule == null ? "Waiting for someone other than " + flow.startedBy() + " to approve."
                : "Waiting for approval by " + rule.whoMayDecide(flow) + "; " + flow.startedBy()
                        + " asked, and may not decide.";
    }

    /** Refuses a decision by {@code person} when the step's approval rule does not let them decide. */
    private void requireAllowed(Flow flow, String stepId, String person) {
        String ruleName = flow.definition().step(stepId).parameters().get(ApprovalRule.PARAMETER);
        if (ruleName == null || ruleName.isBlank()) {
            return;
        }
        ApprovalRule rule = approvalRules.get(ruleName.strip());
        if (rule == null) {
            throw PlatformException.invalid("The step '" + flow.definition().step(stepId).name() + "' is decided by '"
                    + ruleName + "', a rule this engine does not know; it knows " + approvalRules.keySet() + ".");
        }
        rule.refusal(flow, person).ifPresent(why -> {
            throw PlatformException.invalid(why);
        });
    }

    private Flow decide(Flow flow, String stepId, StepState decision, String by, String message) {
        flow.definition().step(stepId);
        events.publishWith(c -> {
            FlowState now = store.lock(c, flow.id());
            StepRun waiting = store.get(c, flow.id()).flow().step(stepId);
            if (now.ended() || waiting.state() != StepState.WAITING_FOR_APPROVAL) {
                throw new PlatformException(ErrorCode.CONFLICT, "The step '"
                        + flow.definition().step(stepId).name() + "' is not waiting for a decision (it is "
                        + words(waiting.state()) + " and the flow is " + words(now) + ").");
            }
            store.writeStep(c, flow.id(), new StepRun(stepId, decision, waiting.startedAt(), Timestamps.now(),
                    waiting.inputs(), Map.of("decidedBy", by), List.of(), message, by), null, by);
            return store.settle(c, flow.id());
        }, state -> changed(flow, stepId, decision, state, message));
        wakeUp.release();
        return flow(flow.id());
    }

    @Override
    public Flow pauseFlow(String flowId, String by) {
        String who = person(by, "Say who pauses the flow.");
        return changeFlowState(flowId, who, FlowState.PAUSED, "Paused by " + who + ".",
                now -> now == FlowState.RUNNING || now == FlowState.WAITING_FOR_APPROVAL);
    }

    @Override
    public Flow resumeFlow(String flowId, String by) {
        String who = person(by, "Say who resumes the flow.");
        return changeFlowState(flowId, who, FlowState.RUNNING, "Resumed by " + who + ".",
                now -> now == FlowState.PAUSED);
    }

    @Override
    public Flow abortFlow(String flowId, String by, String reason) {
        String who = person(by, "Say who aborts the flow.");
        if (reason == null || reason.isBlank()) {
            throw PlatformException.invalid("Say why the flow is aborted; the reason is recorded with it.");
        }
        return changeFlowState(flowId, who, FlowState.ABORTED, "Aborted by " + who + sentence(reason),
                now -> !now.ended());
    }

    private Flow changeFlowState(String flowId, String by, FlowState next, String message,
                                 Predicate<FlowState> allowedFrom) {
        Flow flow = flow(flowId);
        events.publishWith(c -> {
            FlowState now = store.lock(c, flowId);
            if (!allowedFrom.test(now)) {
                throw new PlatformException(ErrorCode.CONFLICT, "The flow is "
                        + words(now) + ", so it cannot be " + words(next) + ".");
            }
            if (next == FlowState.ABORTED) {
                abortSteps(c, flowId, message, by);
            }
            store.writeFlowState(c, flowId, next, next.ended() ? Timestamps.now() : null, message, by);
            return next == FlowState.RUNNING ? store.settle(c, flowId) : next;
        }, state -> changed(flow, null, null, state, message));
        wakeUp.release();
        return flow(flowId);
    }

    /** Steps not yet settled end with the flow: one running fails, the others are skipped; the lease ends. */
    private void abortSteps(Connection c, String flowId, String message, String by) throws SQLException {
        Instant now = Timestamps.now();
        for (StepRun step : store.get(c, flowId).flow().steps()) {
            if (!step.state().settled()) {
                StepState state = step.state() == StepState.RUNNING ? StepState.FAILED : StepState.SKIPPED;
                store.writeStep(c, flowId, new StepRun(step.stepId(), state, step.startedAt(), now, step.inputs(),
                        step.outputs(), step.measures(), message, null), null, by);
            }
        }
        store.endLease(c, flowId, JobState.CANCELLED);
    }

    // ---- the driver: claiming, moving and renewing the flows this node holds

    private void drive() {
        boolean failing = false;
        if (!node.cluster()) {
            adoptLeftBehind();
        }
        while (!closing) {
            try {
                if (node.cluster()) {
                    failAbandoned();
                }
                claimAll();
                held.values().forEach(this::moveLater);
                failing = false;
            } catch (PlatformException e) {
                if (!failing) {
                    LOG.warn("Cannot look after flows; trying again every {} ms: {}", node.pollInterval().toMillis(),
                            e.getMessage());
                }
                failing = true;
            }
            try {
                wakeUp.tryAcquire(node.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void moveLater(HeldFlow flow) {
        if (closing || !flow.startMoving()) {
            return;
        }
        try {
            runners.execute(() -> move(flow));
        } catch (RejectedExecutionException e) {
            flow.stopMoving();
        }
    }

    private void move(HeldFlow flow) {
        try {
            if (runner.advance(flow.lease(), () -> closing || flow.lost())) {
                held.remove(flow.flowId(), flow);
            }
        } catch (LeaseLostException e) {
            LOG.info("{}", e.getMessage());
            flow.lose();
            held.remove(flow.flowId(), flow);
        } catch (RuntimeException e) {
            if (!closing) {
                LOG.error("Flow {} could not be moved on; it is tried again at the next poll", flow.flowId(), e);
            }
        } finally {
            flow.stopMoving();
        }
    }

    private void claimAll() {
        synchronized (leaseLock) {
            Optional<JobLeases.Claim> claim;
            do {
                claim = database.inTransaction(leases::claimNext);
                claim.ifPresent(taken -> held.computeIfAbsent(taken.lease().jobId(), id -> new HeldFlow(taken.lease()))
                        .claimed(taken.lease()));
            } while (claim.isPresent() && !closing);
        }
    }

    /**
     * Standalone: flows a process that died (or an engine that stopped without handing them back) left held are
     * this engine's now; they go on where they were.
     */
    private void adoptLeftBehind() {
        synchronized (leaseLock) {
            try {
                database.inTransaction(c -> {
                    for (String flowId : leases.abandoned(c)) {
                        Sql.update(c, "UPDATE flow_lease SET state = ?, node_id = ?, lease_until = NULL WHERE id = ?",
                                JobState.QUEUED, node.nodeId(), flowId);
                    }
                    return null;
                });
            } catch (PlatformException e) {
                LOG.warn("Cannot take back the flows left running: {}", e.getMessage());
            }
        }
    }

    /** A cluster's flows whose nodes died on every attempt are failed, with the reason. */
    private void failAbandoned() {
        String message = "The nodes running this flow stopped " + node.maxAttempts() + " times; start it again.";
        List<String> failed = database.inTransaction(c -> {
            List<String> abandoned = leases.abandoned(c);
            for (String flowId : abandoned) {
                store.lock(c, flowId);
                store.writeFlowState(c, flowId, FlowState.FAILED, Timestamps.now(), message, null);
                store.endLease(c, flowId, JobState.FAILED);
            }
            return abandoned;
        });
        for (String flowId : failed) {
            Flow flow = flow(flowId);
            events.publish(changed(flow, null, null, FlowState.FAILED, message));
        }
    }

    private void renewLeases() {
        synchronized (leaseLock) {
            for (HeldFlow flow : held.values()) {
                try {
                    if (!database.inTransaction(c -> leases.renew(c, flow.lease()))) {
                        flow.lose();
                        if (!flow.moving()) {
                            held.remove(flow.flowId(), flow);
                        }
                    }
                } catch (PlatformException e) {
                    LOG.warn("Could not renew the lease on flow {}: {}", flow.flowId(), e.getMessage());
                }
            }
        }
    }

    private static PlatformEvent.FlowChanged changed(Flow flow, String stepId, StepState stepState, FlowState state,
                                                    String message) {
        return new PlatformEvent.FlowChanged(0, Timestamps.now(), flow.id(), flow.definition().id(), stepId, stepState,
                state, message);
    }

    private static String person(String by, String missing) {
        if (by == null || by.isBlank()) {
            throw PlatformException.invalid(missing);
        }
        return by.strip();
    }

    private static String sentence(String reason) {
        return reason == null || reason.isBlank() ? "." : ": " + reason.strip();
    }

    private static String words(Enum<?> state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * Stops moving flows: a step running now is not recorded and runs again when its flow is next picked up.
     * The leases are handed back, so that this engine reopened, or another node, goes on with the flows.
     */
    @Override
    public void close() {
        closing = true;
        wakeUp.release();
        try {
            driver.join(10_000);
            runners.shutdownNow();
            runners.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        renewals.shutdownNow();
        synchronized (leaseLock) {
            for (HeldFlow flow : held.values()) {
                try {
                    database.inTransaction(c -> leases.release(c, flow.lease()));
                } catch (PlatformException e) {
                    LOG.warn("Could not hand back flow {}: {}", flow.flowId(), e.getMessage());
                }
            }
            held.clear();
        }
    }
}
