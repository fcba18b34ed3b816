package io.sightline.engine.api;

import java.time.Duration;
import java.util.List;

/** How a deployment is doing: traffic, performance from delayed outcomes, drift, and retraining on what it saw. */
public interface Monitoring {

    /**
     * Records the true outcomes of earlier predictions as they become known (delayed labels); returns how many
     * matched a logged prediction of this deployment. Reporting an outcome twice keeps the latest.
     */
    int reportOutcomes(String deploymentName, List<Outcome> outcomes);

    /** Throughput, latency, errors, labels, decisions and scores over the last {@code window}. */
    TrafficReport traffic(String deploymentName, Duration window);

    /** Precision, recall, AUC and money caught or missed, from outcomes of predictions in the last {@code window}. */
    PerformanceReport performance(String deploymentName, Duration window);

    /** Drift of the inputs and predictions of the last {@code window} against the served version's training data. */
    DriftReport drift(String deploymentName, Duration window);

    /**
     * Trains a challenger on the deployment's predictions of the last {@code window} that have outcomes, and
     * registers it as a new version of the served model (not deployed: it waits for promotion).
     */
    TrainingJob retrain(String deploymentName, Duration window);
}
