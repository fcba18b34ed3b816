package io.sightline.engine.audit;

import static io.sightline.engine.audit.AuditTrail.state;

import io.sightline.engine.api.DriftReport;
import io.sightline.engine.api.Monitoring;
import io.sightline.engine.api.Outcome;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.TrafficReport;
import io.sightline.engine.api.TrainingJob;
import java.time.Duration;
import java.util.List;

/**
 * Monitoring whose retraining requests are recorded in the audit log. Outcomes reported are data, as
 * predictions are, and are kept with the predictions rather than in the log.
 */
final class AuditedMonitoring implements Monitoring {
    private final Monitoring monitoring;
    private final AuditTrail trail;

    AuditedMonitoring(Monitoring monitoring, AuditTrail trail) {
        this.monitoring = monitoring;
        this.trail = trail;
    }

    @Override
    public int reportOutcomes(String deploymentName, List<Outcome> outcomes) {
        return monitoring.reportOutcomes(deploymentName, outcomes);
    }

    @Override
    public TrafficReport traffic(String deploymentName, Duration window) {
        return monitoring.traffic(deploymentName, window);
    }

    @Override
    public PerformanceReport performance(String deploymentName, Duration window) {
        return monitoring.performance(deploymentName, window);
    }

    @Override
    public DriftReport drift(String deploymentName, Duration window) {
        return monitoring.drift(deploymentName, window);
    }

    @Override
    public TrainingJob retrain(String deploymentName, Duration window) {
        return trail.record("retrain", deploymentName + " on the last " + window, null, null,
                () -> monitoring.retrain(deploymentName, window), job -> state("job", job.id()));
    }
}
