package io.sightline.engine.api;

/** The health of one engine component (database, scoring, jobs …) with a short explanation. */
public record ComponentHealth(String component, HealthStatus status, String detail) {
}
