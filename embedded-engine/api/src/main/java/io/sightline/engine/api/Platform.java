package io.sightline.engine.api;

/**
 * Everything a console, the simulator or a command can ask of the platform: the sum of its facets. Implemented
 * in-process by the embedded engine and over HTTP by the remote client; both pass the same contract tests.
 * Callers depend on the facets they use, not on the whole. Every failure is a {@link PlatformException} with a
 * plain-language message.
 */
public interface Platform extends PlatformStatus, Datasets, Training, Runs, Registry, Projects, Deployments,
        Predictions, Monitoring, Alerts, Strategies, Releases, Capacity, Flows, Audit, Events, AutoCloseable {

    @Override
    void close();
}
