package io.sightline.engine.serve.capacity;

import io.sightline.engine.api.Capacity;
import io.sightline.engine.api.CapacityPlan;
import io.sightline.engine.api.CapacityPoint;
import io.sightline.engine.api.CapacityTest;
import io.sightline.engine.api.CapacityTestState;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Predictions;
import io.sightline.engine.api.Registry;
import io.sightline.engine.api.ServingLimits;
import io.sightline.engine.cluster.LocalProcess;
import io.sightline.engine.data.Table;
import io.sightline.engine.serve.ServingGate;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.EventLog;
import io.sightline.engine.store.Ids;
import io.sightline.engine.store.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Load tests in this engine, one at a time: each replays the deployment's recent inputs through the scoring path
 * its users call ({@link Predictions#predict}: its traffic policy, strategies and prediction log), on a thread of
 * its own, saving each step as it is measured and announcing start, steps and end. Tests are read from the
 * database, so any node of a cluster answers for them; a stop reaches a test running on another node through its
 * row, at that test's next step. A test whose node died mid-way would stay running for ever: whichever node reads it
 * after it should long have ended ends it as stopped.
 */
public final class LocalCapacity implements Capacity, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalCapacity.class);
    /** Offered at the first rate before the first step and measured by nobody: the senders and the path warm up. */
    static final Duration WARM_UP = Duration.ofSeconds(1);
    private final ServingGate gate;
    /** How long a stop, or a closing engine, waits for the test's thread to end. */
    private static final Duration END_WAIT = Duration.ofSeconds(10);
    /**
     * How long past its warm-up and ramp a test of another node may still be marked running before it counts as
     * abandoned by a node that died: well over what recording a live test's end takes.
     */
    static final Duration ABANDONED_AFTER = Duration.ofSeconds(30);

    private final Database database;
    private final EventLog events;
    private final Deployments deployments;
    private final Predictions predictions;
    private final ReplayRows replay;
    private final String nodeId;
    private final CapacityStore store = new CapacityStore();
    /** The test this engine runs, if any: taken before a test is stored, released once its run is over. */
    private final AtomicReference<RunningTest> running = new AtomicReference<>();
    /** The last test started here, whose thread a closing engine waits for. */
    private volatile RunningTest latest;

    /**
     * {@code trainingData}: a model version's training data, replayed when a deployment has no logged inputs yet;
     * {@code nodeId}: this engine's node, recorded with the tests it runs. Tests this node left running (or a
     * process of this machine that is gone) are ended as stopped.
     */
    public LocalCapacity(Database database, EventLog events, Deployments deployments, Predictions predictions,
                         Registry registry, Function<ModelRef, Table> trainingData, String nodeId, ServingGate gate) {
        this.gate = gate;
        this.database = database;
        this.events = events;
        this.deployments = deployments;
        this.predictions = predictions;
        this.replay = new ReplayRows(predictions, registry, trainingData);
        this.nodeId = nodeId;
        stopLeftBehind();
    }

    @Override
    public CapacityTest startCapacityTest(String deployment, CapacityPlan plan, String by) {
        if (plan == null) {
            throw PlatformException.invalid("Give the load test's plan: the rates to offer, the steps and how long each"
                    + " is held, the latency objective and how many requests may be in flight.");
        }
        Deployment served = deployments.deployment(deployment);
        if (served.state() != DeploymentState.LIVE) {
            throw PlatformException.invalid("'" + served.name() + "' is stopped and answers no predictions: deploy a"
                    + " version under it before testing its capacity.");
        }
        List<Map<String, String>> rows = replay.of(served);
        CapacityTest test = new CapacityTest(Ids.newId("cap"), served.name(), plan, CapacityTestState.RUNNING,
                by == null || by.isBlank() ? null : by.strip(), Timestamps.now(), null, List.of(), null);
        RunningTest run = new RunningTest(test, new RampRunner(plan, rows,
                row -> predictions.predict(served.name(), row), WARM_UP));
        if (!running.compareAndSet(null, run)) {
            throw new PlatformException(ErrorCode.CONFLICT, busy(running.get()));
        }
        try {
            database.inTransaction(c -> {
                store.insert(c, test, nodeId);
                return null;
            });
        } catch (RuntimeException e) {
            running.compareAndSet(run, null);
            throw e;
        }
        publish(test, CapacityTestState.RUNNING, 0);
        run.thread = Thread.ofPlatform().daemon().name("sightline-capacity-test").unstarted(() -> run(run));
        latest = run;
        run.thread.start();
        return test;
    }

    @Override
    public CapacityTest capacityTest(String testId) {
        return endIfAbandoned(find(testId));
    }

    @Override
    public List<CapacityTest> capacityTests(String deployment) {
        deployments.deployment(deployment);
        return database.read(c -> store.of(c, deployment)).stream().map(this::endIfAbandoned).toList();
    }

    private CapacityStore.StoredTest find(String testId) {
        return database.read(c -> store.find(c, testId))
                .orElseThrow(() -> PlatformException.notFound("load test", testId));
    }

    /**
     * The test as stored, ended as stopped first when another node runs it and it should have ended long ago: that
     * node died during it, and a flow step watching it would otherwise wait for ever.
     */
    private CapacityTest endIfAbandoned(CapacityStore.StoredTest stored) {
        CapacityTest test = stored.test();
        if (test.state() != CapacityTestState.RUNNING || stored.nodeId().equals(nodeId)) {
            return test;
        }
        Instant lastLive = test.startedAt().plus(WARM_UP).plus(test.plan().totalLength()).plus(ABANDONED_AFTER);
        if (Timestamps.now().isBefore(lastLive)) {
            return test;
        }
        end(test, CapacityTestState.STOPPED, Endings.leftBehind(test.plan(), test.points().size()),
                test.points().size());
        return find(test.id()).test();
    }

    @Override
    public CapacityTest stopCapacityTest(String testId) {
        CapacityTest test = capacityTest(testId);
        if (test.state().ended()) {
            return test;
        }
        RunningTest here = running.get();
        if (here != null && here.test.id().equals(testId)) {
            here.stop("Stopped by request");
            here.awaitEnd();
        } else {
            // run by another node (or by one that is gone): its next step finds the row ended and stops there
            end(test, CapacityTestState.STOPPED, Endings.stopped("Stopped by request", test.plan(),
                    new RampRunner.Outcome(test.points(), true, 0, 0, null)), test.points().size());
        }
        return capacityTest(testId);
    }

    /** Stops the test running here, if any, and waits for its thread. */
    @Override
    public void close() {
        RunningTest last = latest;
        if (last != null) {
            last.stop("Stopped: the engine closed during the test");
            last.awaitEnd();
        }
    }

    private void run(RunningTest run) {
        CapacityPlan plan = run.test.plan();
        CapacityTestState state;
        String message;
        try {
            RampRunner.Outcome outcome = run.runner.run((index, point) -> measured(run, point));
            state = outcome.stopped() ? CapacityTestState.STOPPED : CapacityTestState.FINISHED;
            message = outcome.stopped() ? Endings.stopped(run.stopReason, plan, outcome)
                    : Endings.finished(plan, outcome);
        } catch (RuntimeException e) {
            LOG.error("Load test {} on '{}' failed", run.test.id(), run.test.deployment(), e);
            state = CapacityTestState.FAILED;
            message = Endings.failed(plan, run.points.size(), e.getMessage() != null ? e.getMessage() : e.toString());
        }
        running.compareAndSet(run, null); // the next test may start once this one's load is over
        try {
            end(run.test, state, message, run.points.size());
        } catch (RuntimeException e) {
            LOG.error("Could not record the end of load test {}", run.test.id(), e);
        }
    }

    /** Saves a measured step; a test whose row was ended elsewhere (stopped from another node) stops here too. */
    private void measured(RunningTest run, CapacityPoint point) {
        run.points.add(point);
        List<CapacityPoint> points = List.copyOf(run.points);
        boolean stillRunning = database.inTransaction(c -> store.savePoints(c, run.test.id(), points));
        if (stillRunning) {
            publish(run.test, CapacityTestState.RUNNING, points.size());
        } else {
            run.stop("Stopped by request");
        }
    }

    private void end(CapacityTest test, CapacityTestState state, String message, int measured) {
        boolean ended = database.inTransaction(c -> store.end(c, test.id(), state, Timestamps.now(), message));
        if (ended) {
            publish(test, state, measured);
        }
    }

    /**
     * Tests left running by this node, or by a process of this machine that is gone, cannot finish: stopped. Those
     * of other machines' nodes are stopped when read, once they should long have ended.
     */
    private void stopLeftBehind() {
        List<CapacityStore.StoredTest> left = database.read(store::running).stream()
                .filter(stored -> stored.nodeId().equals(nodeId) || LocalProcess.isGone(stored.nodeId())).toList();
        for (CapacityStore.StoredTest stored : left) {
            CapacityTest test = stored.test();
            end(test, CapacityTestState.STOPPED, Endings.leftBehind(test.plan(), test.points().size()),
                    test.points().size());
        }
    }

    private void publish(CapacityTest test, CapacityTestState state, int stepsMeasured) {
        events.publish(new PlatformEvent.CapacityTestChanged(0, Timestamps.now(), test.id(), test.deployment(), state,
                stepsMeasured));
    }

    private static String busy(RunningTest other) {
        if (other == null) {
            return "Another load test was just starting: one runs at a time. Try again in a moment.";
        }
        CapacityTest test = other.test;
        return "The load test " + test.id() + " on '" + test.deployment() + "'"
                + (test.by() == null ? "" : ", started by " + test.by() + ",") + " is still running, and one runs at"
                + " a time: wait for it to end or stop it, then start this one.";
    }

    /** A test this engine runs: its runner, its thread, the steps measured so far and why it would stop. */
    private static final class RunningTest {
        final CapacityTest test;
        final RampRunner runner;
        final List<CapacityPoint> points = new ArrayList<>();
        volatile String stopReason = "Stopped";
        volatile Thread thread;

        RunningTest(CapacityTest test, RampRunner runner) {
            this.test = test;
            this.runner = runner;
        }

        /** {@code reason}: the start of the sentence the test's message will begin with. */
        void stop(String reason) {
            if (!runner.stopRequested()) {
                stopReason = reason;
                runner.stop();
            }
        }

        void awaitEnd() {
            Thread t = thread;
            if (t == null) {
                return;
            }
            try {
                if (!t.join(END_WAIT)) {
                    LOG.warn("Load test {} did not end within {} s of being stopped", test.id(), END_WAIT.toSeconds());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public ServingLimits servingLimits(String deployment) {
        return gate.limits(deployment);
    }

    @Override
    public ServingLimits setServingLimits(String deployment, ServingLimits limits, String by, String reason) {
        return gate.set(deployment, limits, by, reason);
    }
}
