package io.sightline.engine.monitor;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.Datasets;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.DriftReport;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.ModelSchema;
import io.sightline.engine.api.Monitoring;
import io.sightline.engine.api.Outcome;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.TrafficReport;
import io.sightline.engine.api.Training;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.engine.monitor.drift.DriftMonitor;
import io.sightline.engine.serve.LiveModels;
import io.sightline.engine.serve.PredictionLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Monitoring in this engine: outcomes joined to logged predictions, traffic, performance and drift reports of
 * the version a deployment serves, and retraining on what it saw.
 */
public final class LocalMonitoring implements Monitoring {
    /** How long reporting outcomes waits for the predictions they refer to to reach the log. */
    private static final Duration OUTCOME_LOG_WAIT = Duration.ofSeconds(10);

    /** The parts monitoring reads from: the log, the stores of outcomes and reports, and the drift monitor. */
    public record Sources(PredictionLog log, OutcomeStore outcomes, TrafficReports traffic,
                          PerformanceReports performance, DriftMonitor drift, RetrainingTable retrainingTable) {
    }

    private final Deployments deployments;
    private final LiveModels live;
    private final Sources sources;
    private final Datasets datasets;
    private final Training training;
    private final Path workDirectory;

    /** Retraining imports its table as a dataset and trains on it; the table is written in {@code workDirectory}. */
    public LocalMonitoring(Deployments deployments, LiveModels live, Sources sources, Datasets datasets,
                           Training training, Path workDirectory) {
        this.deployments = deployments;
        this.live = live;
        this.sources = sources;
        this.datasets = datasets;
        this.training = training;
        this.workDirectory = workDirectory;
    }

    @Override
    public int reportOutcomes(String deploymentName, List<Outcome> outcomes) {
        deployments.deployment(deploymentName);
        return sources.outcomes().report(deploymentName, outcomes, () -> sources.log().flush(OUTCOME_LOG_WAIT));
    }

    @Override
    public TrafficReport traffic(String deploymentName, Duration window) {
        deployments.deployment(deploymentName);
        return sources.traffic().report(deploymentName, window);
    }

    @Override
    public PerformanceReport performance(String deploymentName, Duration window) {
        return sources.performance().report(deploymentName, window, live.model(deploymentName).positiveLabel());
    }

    @Override
    public DriftReport drift(String deploymentName, Duration window) {
        return sources.drift().report(deploymentName, live.ref(deploymentName), window);
    }

    @Override
    public TrainingJob retrain(String deploymentName, Duration window) {
        ModelRef ref = live.ref(deploymentName);
        ModelSchema schema = live.load(ref).schema();
        Path table = temporaryFile(".retrain-", ".csv");
        try {
            sources.retrainingTable().write(deploymentName, window, schema, table);
            DatasetInfo dataset = datasets.importDataset(deploymentName + "-outcomes", table);
            // the served model's column types and name: the challenger reads its inputs alike and is its next version
            Map<String, ColumnType> types = schema.inputs().stream()
                    .collect(Collectors.toMap(FieldSpec::name, FieldSpec::type));
            return training.startTraining(TrainingRequest.of(dataset.id(), schema.target(), ref.model())
                    .withTypeOverrides(types));
        } finally {
            deleteQuietly(table);
        }
    }

    private Path temporaryFile(String prefix, String suffix) {
        try {
            return Files.createTempFile(workDirectory, prefix, suffix);
        } catch (IOException e) {
            throw new PlatformException(ErrorCode.UNAVAILABLE, "Cannot write a temporary file in " + workDirectory
                    + ": " + e.getMessage() + ". Check the folder's free space and permissions.", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
