package io.sightline.engine.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Everything a console, the simulator or a command can ask of the platform. Implemented in-process by the
 * embedded engine and over HTTP by the remote client; both pass the same contract tests. Every failure is a
 * {@link PlatformException} with a plain-language message.
 */
public interface Platform extends AutoCloseable {

    PlatformInfo info();

    Health health();

    // ---- datasets

    /** Imports a CSV file; nothing is kept when the file is refused ({@link BadFileException}). */
    DatasetInfo importDataset(String name, Path csvFile);

    List<DatasetInfo> datasets();

    DatasetInfo dataset(String datasetId);

    DatasetPreview preview(String datasetId, int maxRows);

    /** What training on {@code target} would mean, with any column type overrides applied. */
    TargetAnalysis analyzeTarget(String datasetId, String target, Map<String, ColumnType> typeOverrides);

    // ---- training and runs

    /** Starts AutoML in the background; follow it with {@link #subscribe} or {@link #trainingJob}. */
    TrainingJob startTraining(TrainingRequest request);

    TrainingJob trainingJob(String jobId);

    List<TrainingJob> trainingJobs();

    void cancelTraining(String jobId);

    List<RunInfo> runs();

    RunInfo run(String runId);

    // ---- registry

    List<RegisteredModel> models();

    List<ModelVersion> modelVersions(String model);

    ModelVersion modelVersion(String model, int version);

    ModelVersion setStage(String model, int version, Stage stage);

    // ---- deployments and predictions

    /** Makes a model version live under {@code deploymentName}, replacing what that name served before. */
    Deployment deploy(String deploymentName, String model, int version);

    List<Deployment> deployments();

    Deployment deployment(String deploymentName);

    /** Scores one row given as column name to value, as text the way it would appear in a CSV file. */
    PredictionResult predict(String deploymentName, Map<String, String> row);

    /** Scores every row of {@code input} into {@code output}: the input columns plus score and label. */
    ScoreFileResult scoreFile(String deploymentName, Path input, Path output);

    List<LoggedPrediction> recentPredictions(String deploymentName, int limit);

    /** Every deploy, replacement and stop, newest first, over the last {@code window}. */
    List<DeploymentChange> deploymentHistory(Duration window);

    /** Why the deployment scores {@code row} as it does, input by input. */
    Explanation explain(String deploymentName, Map<String, String> row);

    // ---- outcomes and monitoring

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

    // ---- alerts

    List<AlertRule> alertRules();

    /** Creates a rule, or replaces the one with the same name. */
    AlertRule saveAlertRule(AlertRuleSpec spec);

    void deleteAlertRule(String ruleId);

    /** Alerts newest first; resolved ones only with {@code includeResolved}. */
    List<Alert> alerts(boolean includeResolved);

    Alert acknowledgeAlert(String alertId, String by);

    Alert resolveAlert(String alertId, String by);

    NotificationSettings notificationSettings();

    NotificationSettings updateNotificationSettings(NotificationSettings settings);

    // ---- decision strategies

    List<Strategy> strategies(String deploymentName);

    /** Saves a new strategy, disabled until {@link #enableStrategy} is called. */
    Strategy saveStrategy(String deploymentName, StrategySpec spec);

    Strategy enableStrategy(String strategyId, boolean enabled);

    void deleteStrategy(String strategyId);

    /** What {@code spec} would have done to the predictions logged in the last {@code window}. */
    BacktestResult backtest(String deploymentName, StrategySpec spec, Duration window, String entityColumn);

    // ---- events

    /** The id of the newest event so far: subscribe with it to hear only what happens from now on. */
    long latestEventId();

    /** Delivers every event with an id greater than {@code sinceId}, then new ones as they happen. */
    EventSubscription subscribe(long sinceId, Consumer<PlatformEvent> listener);

    /** Waits for a training job to finish (polling), for commands and tests. */
    default TrainingJob awaitTraining(String jobId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        TrainingJob job = trainingJob(jobId);
        while (!job.state().isFinished()) {
            if (System.nanoTime() > deadline) {
                throw new PlatformException(ErrorCode.UNAVAILABLE,
                        "Training " + jobId + " did not finish within " + timeout.toSeconds() + " s.");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformException(ErrorCode.CANCELLED, "Interrupted while waiting for training.", e);
            }
            job = trainingJob(jobId);
        }
        return job;
    }

    @Override
    void close();
}
