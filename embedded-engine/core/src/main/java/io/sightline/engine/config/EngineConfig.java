package io.sightline.engine.config;

import io.sightline.engine.monitor.drift.DriftSettings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything an engine can be told when it is opened, in parts: where its data lives, how predictions are
 * logged, how alerts are evaluated and delivered, what a retraining needs, how drift is judged, and how the
 * server listens. Every part has defaults; a setting is changed with the {@code withXxx} methods, e.g.
 * {@code EngineConfig.defaults(folder).withAlerts(AlertConfig.defaults().withEvaluationInterval(Duration.ZERO))}.
 * The settings are listed in one table in {@code docs/configuration.md}.
 */
public record EngineConfig(DataConfig data, PredictionLogConfig predictionLog, AlertConfig alerts,
                           RetrainingConfig retraining, DriftSettings drift, ServerConfig server) {

    public EngineConfig {
        Objects.requireNonNull(data, "data");
        predictionLog = predictionLog == null ? PredictionLogConfig.defaults() : predictionLog;
        alerts = alerts == null ? AlertConfig.defaults() : alerts;
        retraining = retraining == null ? RetrainingConfig.defaults() : retraining;
        drift = drift == null ? DriftSettings.defaults() : drift;
        server = server == null ? ServerConfig.defaults() : server;
    }

    /** The defaults of every part, with the data (and an H2 database) in {@code dataFolder}. */
    public static EngineConfig defaults(Path dataFolder) {
        return new EngineConfig(DataConfig.in(dataFolder), null, null, null, null, null);
    }

    public EngineConfig withData(DataConfig newData) {
        return new EngineConfig(newData, predictionLog, alerts, retraining, drift, server);
    }

    public EngineConfig withPredictionLog(PredictionLogConfig newPredictionLog) {
        return new EngineConfig(data, newPredictionLog, alerts, retraining, drift, server);
    }

    public EngineConfig withAlerts(AlertConfig newAlerts) {
        return new EngineConfig(data, predictionLog, newAlerts, retraining, drift, server);
    }

    public EngineConfig withRetraining(RetrainingConfig newRetraining) {
        return new EngineConfig(data, predictionLog, alerts, newRetraining, drift, server);
    }

    public EngineConfig withDrift(DriftSettings newDrift) {
        return new EngineConfig(data, predictionLog, alerts, retraining, newDrift, server);
    }

    public EngineConfig withServer(ServerConfig newServer) {
        return new EngineConfig(data, predictionLog, alerts, retraining, drift, newServer);
    }
}
