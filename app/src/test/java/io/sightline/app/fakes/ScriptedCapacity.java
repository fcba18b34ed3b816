package io.sightline.app.fakes;

import io.sightline.engine.api.Capacity;
import io.sightline.engine.api.CapacityPlan;
import io.sightline.engine.api.CapacityPoint;
import io.sightline.engine.api.CapacityTest;
import io.sightline.engine.api.CapacityTestState;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.ServingLimits;
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
 * Load tests that move only when a test says so: a started test runs until the test scripts its steps
 * ({@link #measure}) and its end ({@link #end}); each change is published as a {@code CapacityTestChanged}
 * through the given event stream, as the engine would. Every start and stop asked for is recorded; a test can
 * make the next start fail.
 */
public class ScriptedCapacity implements Capacity {
    /** When the first test started; each later one starts a minute after the one before. */
    public static final Instant FIRST_START = Instant.parse("2026-11-20T10:00:00Z");

    /** A start asked of the platform. */
    public record Start(String deployment, CapacityPlan plan, String by) {
    }

    public final List<Start> starts = new CopyOnWriteArrayList<>();
    public final List<String> stops = new CopyOnWriteArrayList<>();
    private final EventStream events;
    private final Map<String, CapacityTest> tests = new LinkedHashMap<>();
    private long eventId = 100;
    private RuntimeException nextStartFailure;

    public ScriptedCapacity(EventStream events) {
        this.events = events;
    }

    /** A test the engine kept from before, as it stands. */
    public synchronized void saved(CapacityTest test) {
        tests.put(test.id(), test);
    }

    /** The next start fails with {@code failure}; later ones work again. */
    public synchronized void failNextStart(RuntimeException failure) {
        nextStartFailure = failure;
    }

    /** The running test {@code testId} measured one more step. */
    public CapacityTest measure(String testId, CapacityPoint point) {
        CapacityTest now;
        synchronized (this) {
            CapacityTest was = capacityTest(testId);
            List<CapacityPoint> points = new ArrayList<>(was.points());
            points.add(point);
            now = with(was, was.state(), null, points, null);
        }
        publish(now);
        return now;
    }

    /** The test {@code testId} ended in {@code state}, with the engine's sentence on how. */
    public CapacityTest end(String testId, CapacityTestState state, String message) {
        CapacityTest now;
        synchronized (this) {
            CapacityTest was = capacityTest(testId);
            now = with(was, state, was.startedAt().plusSeconds(60), was.points(), message);
        }
        publish(now);
        return now;
    }

    @Override
    public CapacityTest startCapacityTest(String deployment, CapacityPlan plan, String by) {
        CapacityTest started;
        synchronized (this) {
            starts.add(new Start(deployment, plan, by));
            if (nextStartFailure != null) {
                RuntimeException failure = nextStartFailure;
                nextStartFailure = null;
                throw failure;
            }
            Instant at = FIRST_START.plus(Duration.ofMinutes(tests.size()));
            started = new CapacityTest("load-" + (tests.size() + 1), deployment, plan, CapacityTestState.RUNNING, by,
                    at, null, List.of(), null);
            tests.put(started.id(), started);
        }
        publish(started);
        return started;
    }

    @Override
    public synchronized CapacityTest capacityTest(String testId) {
        CapacityTest test = tests.get(testId);
        if (test == null) {
            throw PlatformException.notFound("load test", testId);
        }
        return test;
    }

    @Override
    public synchronized List<CapacityTest> capacityTests(String deployment) {
        return tests.values().stream().filter(t -> t.deployment().equals(deployment))
                .sorted(Comparator.comparing(CapacityTest::startedAt).reversed()).toList();
    }

    @Override
    public CapacityTest stopCapacityTest(String testId) {
        stops.add(testId);
        CapacityTest test = capacityTest(testId);
        return test.state().ended() ? test : end(testId, CapacityTestState.STOPPED, "Stopped by a person.");
    }

    /** Serving limits are not scripted: a deployment here has none. */
    @Override
    public ServingLimits servingLimits(String deployment) {
        return ServingLimits.UNLIMITED;
    }

    @Override
    public ServingLimits setServingLimits(String deployment, ServingLimits limits, String by, String reason) {
        throw new UnsupportedOperationException("serving limits are not scripted");
    }

    private CapacityTest with(CapacityTest was, CapacityTestState state, Instant endedAt, List<CapacityPoint> points,
            String message) {
        CapacityTest now = new CapacityTest(was.id(), was.deployment(), was.plan(), state, was.by(), was.startedAt(),
                endedAt, points, message);
        tests.put(now.id(), now);
        return now;
    }

    /** Delivers the change as the platform's delivery thread would: outside this fake's lock. */
    private void publish(CapacityTest test) {
        long id;
        synchronized (this) {
            id = ++eventId;
        }
        Consumer<PlatformEvent> listener = events.listener;
        if (listener != null) {
            listener.accept(new PlatformEvent.CapacityTestChanged(id, Instant.now(), test.id(), test.deployment(),
                    test.state(), test.points().size()));
        }
    }
}
