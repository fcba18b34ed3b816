package io.sightline.app;

import io.sightline.engine.api.*;
import java.nio.file.Path;
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
