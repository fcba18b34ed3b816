package io.sightline.engine.audit;

import io.sightline.engine.api.PlatformFacets;

/**
 * The one place changes are audited: the engine's facets, each that changes something wrapped so that every
 * change made through it — from the console, the server or a command — is recorded once in the audit log, and
 * the log itself as the audit facet.
 */
public final class AuditedFacets {
    private AuditedFacets() {
    }

    /** {@code facets}, with every change recorded in {@code log} (which the facets' audit part reads). */
    public static PlatformFacets of(PlatformFacets facets, AuditLog log) {
        AuditTrail trail = new AuditTrail(log);
        return new PlatformFacets(new AuditedDatasets(facets.datasets(), trail),
                new AuditedTraining(facets.training(), trail), facets.runs(),
                new AuditedRegistry(facets.registry(), trail), new AuditedProjects(facets.projects(), trail),
                new AuditedDeployments(facets.deployments(), trail), facets.predictions(),
                new AuditedMonitoring(facets.monitoring(), trail), new AuditedAlerts(facets.alerts(), trail),
                new AuditedStrategies(facets.strategies(), trail), new AuditedReleases(facets.releases(), trail),
                new AuditedCapacity(facets.capacity(), trail), new AuditedFlows(facets.flows(), trail), facets.audit(),
                facets.events());
    }
}
