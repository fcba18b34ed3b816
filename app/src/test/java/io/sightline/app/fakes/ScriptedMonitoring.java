package io.sightline.app.fakes;

import io.sightline.engine.api.DriftReport;
import io.sightline.engine.api.Monitoring;
import io.sightline.engine.api.Outcome;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.TrafficReport;
import io.sightline.engine.api.TrainingJob;
import java.time.Duration;
import java.util.List;

/** Monitoring of which every call fails until a test overrides the ones it scripts. */
public interface ScriptedMonitoring extends Monitoring {

    @Override
    default int reportOutcomes(String deploymentName, List<Outcome> outcomes) {
        throw Unscripted.call("Monitoring", "reportOutcomes");
    }

    @Override
    default TrafficReport traffic(String deploymentName, Duration window) {
        throw Unscripted.call("Monitoring", "traffic");
    }

    @Override
    default PerformanceReport performance(String deploymentName, Duration window) {
        throw Unscripted.call("Monitoring", "performance");
    }

    @Override
    default DriftReport drift(String deploymentName, Duration window) {
        throw Unscripted.call("Monitoring", "drift");
    }

    @Override
    default TrainingJob retrain(String deploymentName, Duration window) {
        throw Unscripted.call("Monitoring", "retrain");
    }
}
