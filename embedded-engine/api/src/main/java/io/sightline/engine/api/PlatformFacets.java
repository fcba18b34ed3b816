package io.sightline.engine.api;

import java.util.Objects;

/** The parts a {@link FacetedPlatform} is made of: one implementation per facet, besides status and closing. */
public record PlatformFacets(
        Datasets datasets,
        Training training,
        Runs runs,
        Registry registry,
        Projects projects,
        Deployments deployments,
        Predictions predictions,
        Monitoring monitoring,
        Alerts alerts,
        Strategies strategies,
        Releases releases,
        Capacity capacity,
        Flows flows,
        Audit audit,
        Events events) {

    public PlatformFacets {
        Objects.requireNonNull(datasets, "datasets");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(runs, "runs");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(deployments, "deployments");
        Objects.requireNonNull(predictions, "predictions");
        Objects.requireNonNull(monitoring, "monitoring");
        Objects.requireNonNull(alerts, "alerts");
        Objects.requireNonNull(strategies, "strategies");
        Objects.requireNonNull(releases, "releases");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(flows, "flows");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(events, "events");
    }
}
