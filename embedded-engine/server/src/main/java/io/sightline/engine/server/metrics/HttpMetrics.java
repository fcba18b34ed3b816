package io.sightline.engine.server.metrics;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Counts and times every request by method, route template (so that {@code /datasets/{id}} is one series,
 * not one per dataset) and status: {@code sightline_http_requests_seconds} with its histogram buckets.
 */
public final class HttpMetrics implements RequestLogger {
    private final MeterRegistry registry;
    /** The timers made so far: finding one in the registry sorts and compares its tags on every request. */
    private final Map<Series, Timer> timers = new ConcurrentHashMap<>();

    /** One series: the request's method, route template and status. */
    private record Series(String method, String route, int status) {
    }

    public HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void handle(Context ctx, Float executionTimeMs) {
        timers.computeIfAbsent(new Series(ctx.method().name(), route(ctx), ctx.statusCode()), this::timer)
                .record((long) (executionTimeMs * 1_000_000.0), TimeUnit.NANOSECONDS);
    }

    private Timer timer(Series series) {
        return Timer.builder("sightline.http.requests")
                .description("HTTP requests answered, by route template and status")
                .tags("method", series.method(), "route", series.route(), "status", String.valueOf(series.status()))
                .publishPercentileHistogram()
                .register(registry);
    }

    private static String route(Context ctx) {
        try {
            String template = ctx.endpointHandlerPath();
            return template == null || template.isBlank() || "*".equals(template) ? "unmatched" : template;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }
}
