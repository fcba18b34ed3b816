package io.sightline.app.fakes;

import io.sightline.engine.api.Alerts;
import io.sightline.engine.api.Audit;
import io.sightline.engine.api.Capacity;
import io.sightline.engine.api.Datasets;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.Flows;
import io.sightline.engine.api.FacetedPlatform;
import io.sightline.engine.api.Health;
import io.sightline.engine.api.Monitoring;
import io.sightline.engine.api.PlatformFacets;
import io.sightline.engine.api.PlatformInfo;
import io.sightline.engine.api.PlatformStatus;
import io.sightline.engine.api.Predictions;
import io.sightline.engine.api.Projects;
import io.sightline.engine.api.Registry;
import io.sightline.engine.api.Releases;
import io.sightline.engine.api.Runs;
import io.sightline.engine.api.Strategies;
import io.sightline.engine.api.Training;
import java.util.Arrays;

/**
 * A whole platform made of a test's fakes, for the tests that open a workspace or a session: each facet is
 * answered by the first part that implements it, and any facet no part implements fails on every call.
 */
public final class ComposedPlatform implements FacetedPlatform {
    private final PlatformFacets facets;
    private final PlatformStatus status;

    private ComposedPlatform(PlatformFacets facets, PlatformStatus status) {
        this.facets = facets;
        this.status = status;
    }

    public static ComposedPlatform of(Object... parts) {
        return new ComposedPlatform(facetsOf(parts), part(PlatformStatus.class, parts));
    }

    /** The facets of the given parts, as {@link #of} composes them; with no part, none is scripted. */
    public static PlatformFacets facetsOf(Object... parts) {
        return new PlatformFacets(part(Datasets.class, parts), part(Training.class, parts),
                part(Runs.class, parts), part(Registry.class, parts), part(Projects.class, parts),
                part(Deployments.class, parts),
                part(Predictions.class, parts), part(Monitoring.class, parts), part(Alerts.class, parts),
                part(Strategies.class, parts), part(Releases.class, parts), part(Capacity.class, parts),
                part(Flows.class, parts), part(Audit.class, parts), part(Events.class, parts));
    }

    private static <F> F part(Class<F> facet, Object[] parts) {
        return Arrays.stream(parts).filter(facet::isInstance).map(facet::cast).findFirst()
                .orElseGet(() -> Unscripted.facet(facet));
    }

    @Override
    public PlatformFacets facets() {
        return facets;
    }

    @Override
    public PlatformInfo info() {
        return status.info();
    }

    @Override
    public Health health() {
        return status.health();
    }

    @Override
    public void close() {
    }
}
