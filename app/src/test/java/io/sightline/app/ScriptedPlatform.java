package io.sightline.app;

import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertRule;
import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.BacktestResult;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.DriftReport;
import io.sightline.engine.api.Explanation;
import io.sightline.engine.api.NotificationSettings;
import io.sightline.engine.api.Outcome;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.Strategy;
import io.sightline.engine.api.StrategySpec;
import io.sightline.engine.api.TrafficReport;
import io.sightline.engine.api.*;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A Platform for ViewModel tests: every call fails until a test overrides the ones it needs, so a test
 * states exactly which answers it scripts.
 */
public abstract class ScriptedPlatform implements Platform {

    protected static UnsupportedOperationException unsupported(String call) {
        return new UnsupportedOperationException(call + " is not scripted in this test");
    }

    @Override
    public PlatformInfo info() {
        throw unsupported("info");
    }

    @Override
    public Health health() {
        throw unsupported("health");
    }

    @Override
    public DatasetInfo importDataset(String name, Path csvFile) {
        throw unsupported("importDataset");
    }

    @Override
    public List<DatasetInfo> datasets() {
        throw unsupported("datasets");
    }

    @Override
    public DatasetInfo dataset(String datasetId) {
        throw unsupported("dataset");
    }

    @Override
    public DatasetPreview preview(String datasetId, int maxRows) {
        throw unsupported("preview");
    }

    @Override
    public TargetAnalysis analyzeTarget(String datasetId, String target, Map<String, ColumnType> typeOverrides) {
        throw unsupported("analyzeTarget");
    }

    @Override
    public TrainingJob startTraining(TrainingRequest request) {
        throw unsupported("startTraining");
    }

    @Override
    public TrainingJob trainingJob(String jobId) {
        throw unsupported("trainingJob");
    }

    @Override
    public List<TrainingJob> trainingJobs() {
        throw unsupported("trainingJobs");
    }

    @Override
    public void cancelTraining(String jobId) {
        throw unsupported("cancelTraining");
    }

    @Override
    public List<RunInfo> runs() {
        throw unsupported("runs");
    }

    @Override
    public RunInfo run(String runId) {
        throw unsupported("run");
    }

    @Override
    public List<RegisteredModel> models() {
        throw unsupported("models");
    }

    @Override
    public List<ModelVersion> modelVersions(String model) {
        throw unsupported("modelVersions");
    }

    @Override
    public ModelVersion modelVersion(String model, int version) {
        throw unsupported("modelVersion");
    }

    @Override
    public ModelVersion setStage(String model, int version, Stage stage) {
        throw unsupported("setStage");
    }

    @Override
    public Deployment deploy(String deploymentName, String model, int version) {
        throw unsupported("deploy");
    }

    @Override
    public List<Deployment> deployments() {
        throw unsupported("deployments");
    }

    @Override
    public Deployment deployment(String deploymentName) {
        throw unsupported("deployment");
    }

    @Override
    public PredictionResult predict(String deploymentName, Map<String, String> row) {
        throw unsupported("predict");
    }

    @Override
    public ScoreFileResult scoreFile(String deploymentName, Path input, Path output) {
        throw unsupported("scoreFile");
    }

    @Override
    public List<LoggedPrediction> recentPredictions(String deploymentName, int limit) {
        throw unsupported("recentPredictions");
    }

    @Override
    public List<DeploymentChange> deploymentHistory(Duration window) {
        throw unsupported("deploymentHistory");
    }

    @Override
    public Explanation explain(String deploymentName, Map<String, String> row) {
        throw unsupported("explain");
    }

    @Override
    public int reportOutcomes(String deploymentName, List<Outcome> outcomes) {
        throw unsupported("reportOutcomes");
    }

    @Override
    public TrafficReport traffic(String deploymentName, Duration window) {
        throw unsupported("traffic");
    }

    @Override
    public PerformanceReport performance(String deploymentName, Duration window) {
        throw unsupported("performance");
    }

    @Override
    public DriftReport drift(String deploymentName, Duration window) {
        throw unsupported("drift");
    }

    @Override
    public TrainingJob retrain(String deploymentName, Duration window) {
        throw unsupported("retrain");
    }

    @Override
    public List<AlertRule> alertRules() {
        throw unsupported("alertRules");
    }

    @Override
    public AlertRule saveAlertRule(AlertRuleSpec spec) {
        throw unsupported("saveAlertRule");
    }

    @Override
    public void deleteAlertRule(String ruleId) {
        throw unsupported("deleteAlertRule");
    }

    @Override
    public List<Alert> alerts(boolean includeResolved) {
        throw unsupported("alerts");
    }

    @Override
    public Alert acknowledgeAlert(String alertId, String by) {
        throw unsupported("acknowledgeAlert");
    }

    @Override
    public Alert resolveAlert(String alertId, String by) {
        throw unsupported("resolveAlert");
    }

    @Override
    public NotificationSettings notificationSettings() {
        throw unsupported("notificationSettings");
    }

    @Override
    public NotificationSettings updateNotificationSettings(NotificationSettings settings) {
        throw unsupported("updateNotificationSettings");
    }

    @Override
    public List<Strategy> strategies(String deploymentName) {
        throw unsupported("strategies");
    }

    @Override
    public Strategy saveStrategy(String deploymentName, StrategySpec spec) {
        throw unsupported("saveStrategy");
    }

    @Override
    public Strategy enableStrategy(String strategyId, boolean enabled) {
        throw unsupported("enableStrategy");
    }

    @Override
    public void deleteStrategy(String strategyId) {
        throw unsupported("deleteStrategy");
    }

    @Override
    public BacktestResult backtest(String deploymentName, StrategySpec spec, Duration window, String entityColumn) {
        throw unsupported("backtest");
    }

    @Override
    public TrafficPolicy policy(String deployment) {
        throw unsupported("policy");
    }

    @Override
    public Deployment setPolicy(String deployment, TrafficPolicy policy, String by, String reason) {
        throw unsupported("setPolicy");
    }

    @Override
    public Deployment rollback(String deployment, String by, String reason) {
        throw unsupported("rollback");
    }

    @Override
    public ReleaseReport release(String deployment, Duration window) {
        throw unsupported("release");
    }

    @Override
    public AbTestDesign planAbTest(AbTestPlan plan) {
        throw unsupported("planAbTest");
    }

    @Override
    public long latestEventId() {
        throw unsupported("latestEventId");
    }

    @Override
    public EventSubscription subscribe(long sinceId, Consumer<PlatformEvent> listener) {
        throw unsupported("subscribe");
    }

    @Override
    public void close() {
    }
}
