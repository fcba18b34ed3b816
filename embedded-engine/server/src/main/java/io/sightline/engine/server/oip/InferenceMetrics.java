package io.sightline.engine.server.oip;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Per deployment: infer requests counted by outcome, and their latency as a timer with a percentile histogram
 * (so that p50/p99 can be computed over any window by the monitoring system). Requests naming no deployment
 * are counted under {@link #UNKNOWN}, so that made-up names cannot create meters without end.
 */
final class InferenceMetrics {
    static final String REQUESTS = "sightline.oip.infer.requests";
    static final String LATENCY = "sightline.oip.infer.latency";
    /** Deployment names start with a letter or digit, so this tag cannot be one. */
    static final String UNKNOWN = "(unknown)";

    /** How a request ended. */
    enum Outcome {
        OK, BAD_REQUEST, NOT_FOUND, ERROR;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private record Meters(Timer latency, Map<Outcome, Counter> requests) {
    }

    private final MeterRegistry registry;
    private final Map<String, Meters> byDeployment = new ConcurrentHashMap<>();

    InferenceMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String deployment, Outcome outcome, long nanos) {
        Meters meters = byDeployment.computeIfAbsent(deployment, this::register);
        meters.requests().get(outcome).increment();
        meters.latency().record(nanos, TimeUnit.NANOSECONDS);
    }

    private Meters register(String deployment) {
        Timer latency = Timer.builder(LATENCY)
                .description("Time to answer an Open Inference Protocol infer request, from routing to the encoded response")
                .tag("deployment", deployment)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(10_000))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
        Map<Outcome, Counter> requests = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            requests.put(outcome, Counter.builder(REQUESTS)
                    .description("Open Inference Protocol infer requests, by how they ended")
                    .tag("deployment", deployment)
                    .tag("outcome", outcome.tag())
                    .register(registry));
        }
        return new Meters(latency, requests);
    }
}
