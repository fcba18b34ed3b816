package io.sightline.engine.server.metrics;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * Counts and times every request by method, route template (so that {@code /datasets/{id}} is one series,
 * not one per dataset) and status: {@code sightline_http_requests_seconds} with its histogram buckets.
 */
public final class HttpMetrics implements RequestLogger {
    private final MeterRegistry registry;

    public HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void handle(Context ctx, Float executionTimeMs) {
        Timer.builder("sightline.http.requests")
                .description("HTTP requests answered, by route template and status")
                .tags("method", ctx.method().name(), "route", route(ctx), "status", String.valueOf(ctx.statusCode()))
                .publishPercentileHistogram()
                .register(registry)
                .record((long) (executionTimeMs * 1_000_000.0), TimeUnit.NANOSECONDS);
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
