package io.sightline.simulator;

import io.sightline.engine.api.AlertRule;
import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.Outcome;
import io.sightline.engine.api.Platform;
import io.sightline.engine.api.PredictionResult;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A platform for tests of the live run: it answers {@code predict} with numbered prediction ids (optionally
 * after a pause, or only once let through, to make concurrency visible), records every request and every
 * outcome batch, saves alert rules, and refuses any other call, so a test sees exactly what the simulator asked.
 */
public final class RecordingPlatform implements InvocationHandler {
    public final Map<String, Map<String, String>> requestsByPrediction = new ConcurrentHashMap<>();
    public final List<List<Outcome>> outcomeBatches = new CopyOnWriteArrayList<>();
    public final List<AlertRuleSpec> savedRules = new CopyOnWriteArrayList<>();
    private final AtomicInteger predictions = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile long predictPauseMillis;
    private volatile CountDownLatch predictionGate = new CountDownLatch(0);
    private volatile Function<List<Outcome>, Integer> onOutcomes = List::size;
    private volatile RuntimeException alertRefusal;

    public Platform platform() {
        return (Platform) Proxy.newProxyInstance(Platform.class.getClassLoader(), new Class<?>[] {Platform.class}, this);
    }

    public void pauseEachPrediction(long millis) {
        predictPauseMillis = millis;
    }

    /**
     * From now on {@code predict} waits until {@link #letPredictionsThrough()}: every call made meanwhile stays
     * in flight, so {@link #predictionsInFlight()} shows how many callers took part, whatever the timing.
     */
    public void holdPredictions() {
        predictionGate = new CountDownLatch(1);
    }

    public void letPredictionsThrough() {
        predictionGate.countDown();
    }

    public int predictionsInFlight() {
        return inFlight.get();
    }

    /** What {@code reportOutcomes} does with a batch (count it as matched, throw, note the time…). */
    public void onOutcomes(Function<List<Outcome>, Integer> handler) {
        onOutcomes = handler;
    }

    public void refuseAlertRules(RuntimeException refusal) {
        alertRefusal = refusal;
    }

    public int predictions() {
        return predictions.get();
    }

    public int maxConcurrentPredictions() {
        return maxInFlight.get();
    }

    public List<Outcome> outcomes() {
        return outcomeBatches.stream().flatMap(List::stream).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        return switch (method.getName()) {
            case "predict" -> predict((String) args[0], (Map<String, String>) args[1]);
            case "reportOutcomes" -> {
                List<Outcome> batch = List.copyOf((List<Outcome>) args[1]);
                int matched = onOutcomes.apply(batch);
                outcomeBatches.add(batch);
                yield matched;
            }
            case "saveAlertRule" -> {
                if (alertRefusal != null) {
                    throw alertRefusal;
                }
                AlertRuleSpec spec = (AlertRuleSpec) args[0];
                savedRules.add(spec);
                yield new AlertRule("rule-" + savedRules.size(), spec, Instant.EPOCH, Instant.EPOCH);
            }
            case "close" -> null;
            case "toString" -> "RecordingPlatform";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> throw new UnsupportedOperationException(method.getName() + " is not scripted in this test");
        };
    }

    private PredictionResult predict(String deployment, Map<String, String> row) throws InterruptedException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            predictionGate.await();
            if (predictPauseMillis > 0) {
                Thread.sleep(predictPauseMillis);
            }
            String id = "p-" + predictions.incrementAndGet();
            requestsByPrediction.put(id, Map.copyOf(row));
            return new PredictionResult(deployment, new ModelRef("seller-risk", 1), "no", null, 0.9,
                    Map.of("no", 0.9, "yes", 0.1), 5, id, 0.1, Decision.ALLOW, null);
        } finally {
            inFlight.decrementAndGet();
        }
    }
}
