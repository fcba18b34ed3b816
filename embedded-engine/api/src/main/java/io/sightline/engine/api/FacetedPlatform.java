package io.sightline.engine.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A platform composed of one part per facet: every facet call is forwarded to its part, so that a composition
 * says only what it is made of ({@link #facets()}), how it is ({@link #info()}, {@link #health()}) and how it
 * closes. The forwarding adds nothing: the rules live in the parts (and in {@link ArgumentRules}).
 */
public interface FacetedPlatform extends Platform {

    /** The parts this platform forwards to. */
    PlatformFacets facets();

    // ---- datasets

    @Override
    default DatasetInfo importDataset(String name, Path csvFile) {
        return facets().datasets().importDataset(name, csvFile);
    }

    @Override
    default List<DatasetInfo> datasets() {
        return facets().datasets().datasets();
    }

    @Override
    default DatasetInfo dataset(String datasetId) {
        return facets().datasets().dataset(datasetId);
    }

    @Override
    default DatasetPreview preview(String datasetId, int maxRows) {
        return facets().datasets().preview(datasetId, maxRows);
    }

    @Override
    default TargetAnalysis analyzeTarget(String datasetId, String target, Map<String, ColumnType> typeOverrides) {
        return facets().datasets().analyzeTarget(datasetId, target, typeOverrides);
    }

    // ---- training and runs

    @Override
    default TrainingJob startTraining(TrainingRequest request) {
        return facets().training().startTraining(request);
    }

    @Override
    default TrainingJob trainingJob(String jobId) {
        return facets().training().trainingJob(jobId);
    }

    @Override
    default List<TrainingJob> trainingJobs() {
        return facets().training().trainingJobs();
    }

    @Override
    default void cancelTraining(String jobId) {
        facets().training().cancelTraining(jobId);
    }

    @Override
    default TrainingJob awaitTraining(String jobId, Duration timeout) {
        return facets().training().awaitTraining(jobId, timeout);
    }

    @Override
    default List<RunInfo> runs() {
        return facets().runs().runs();
    }

    @Override
    default RunInfo run(String runId) {
        return facets().runs().run(runId);
    }

    @Override
    default List<ExperimentSummary> experiments() {
        return facets().runs().experiments();
    }

    @Override
    default RunPage searchRuns(RunSearchRequest request) {
        return facets().runs().searchRuns(request);
    }

    @Override
    default RunFields runFields(String experiment) {
        return facets().runs().runFields(experiment);
    }

    @Override
    default List<MetricStep> metricHistory(String runId, String metric) {
        return facets().runs().metricHistory(runId, metric);
    }

    @Override
    default RunScatter scatter(String experiment, String x, String y) {
        return facets().runs().scatter(experiment, x, y);
    }

    // ---- registry

    @Override
    default List<RegisteredModel> models() {
        return facets().registry().models();
    }

    @Override
    default List<ModelVersion> modelVersions(String model) {
        return facets().registry().modelVersions(model);
    }

    @Override
    default ModelVersion modelVersion(String model, int version) {
        return facets().registry().modelVersion(model, version);
    }

    @Override
    default ModelVersion setStage(String model, int version, Stage stage) {
        return facets().registry().setStage(model, version, stage);
    }

    @Override
    default ImportAssessment importModel(ModelImport request) {
        return facets().registry().importModel(request);
    }

    @Override
    default String uploadModelFile(Path file) {
        return facets().registry().uploadModelFile(file);
    }

    // ---- projects

    @Override
    default List<Project> projects() {
        return facets().projects().projects();
    }

    @Override
    default Project project(String name) {
        return facets().projects().project(name);
    }

    @Override
    default Project createProject(NewProject project) {
        return facets().projects().createProject(project);
    }

    @Override
    default Project projectOf(String model) {
        return facets().projects().projectOf(model);
    }

    @Override
    default Project setModelProject(String model, String project) {
        return facets().projects().setModelProject(model, project);
    }

    // ---- deployments and predictions

    @Override
    default Deployment deploy(String deploymentName, String model, int version) {
        return facets().deployments().deploy(deploymentName, model, version);
    }

    @Override
    default List<Deployment> deployments() {
        return facets().deployments().deployments();
    }

    @Override
    default Deployment deployment(String deploymentName) {
        return facets().deployments().deployment(deploymentName);
    }

    @Override
    default List<DeploymentChange> deploymentHistory(Duration window) {
        return facets().deployments().deploymentHistory(window);
    }

    @Override
    default PredictionResult predict(String deploymentName, Map<String, String> row) {
        return facets().predictions().predict(deploymentName, row);
    }

    @Override
    default ScoreFileResult scoreFile(String deploymentName, Path input, Path output) {
        return facets().predictions().scoreFile(deploymentName, input, output);
    }

    @Override
    default List<LoggedPrediction> recentPredictions(String deploymentName, int limit) {
        return facets().predictions().recentPredictions(deploymentName, limit);
    }

    @Override
    default Explanation explain(String deploymentName, Map<String, String> row) {
        return facets().predictions().explain(deploymentName, row);
    }

    // ---- monitoring

    @Override
    default int reportOutcomes(String deploymentName, List<Outcome> outcomes) {
        return facets().monitoring().reportOutcomes(deploymentName, outcomes);
    }

    @Override
    default TrafficReport traffic(String deploymentName, Duration window) {
        return facets().monitoring().traffic(deploymentName, window);
    }

    @Override
    default PerformanceReport performance(String deploymentName, Duration window) {
        return facets().monitoring().performance(deploymentName, window);
    }

    @Override
    default DriftReport drift(String deploymentName, Duration window) {
        return facets().monitoring().drift(deploymentName, window);
    }

    @Override
    default TrainingJob retrain(String deploymentName, Duration window) {
        return facets().monitoring().retrain(deploymentName, window);
    }

    // ---- alerts

    @Override
    default List<AlertRule> alertRules() {
        return facets().alerts().alertRules();
    }

    @Override
    default AlertRule saveAlertRule(AlertRuleSpec spec) {
        return facets().alerts().saveAlertRule(spec);
    }

    @Override
    default RuleTrial tryAlertRule(AlertRuleSpec spec) {
        return facets().alerts().tryAlertRule(spec);
    }

    @Override
    default void deleteAlertRule(String ruleId) {
        facets().alerts().deleteAlertRule(ruleId);
    }

    @Override
    default List<Alert> alerts(boolean includeResolved) {
        return facets().alerts().alerts(includeResolved);
    }

    @Override
    default Alert acknowledgeAlert(String alertId, String by) {
        return facets().alerts().acknowledgeAlert(alertId, by);
    }

    @Override
    default Alert resolveAlert(String alertId, String by) {
        return facets().alerts().resolveAlert(alertId, by);
    }

    @Override
    default NotificationSettings notificationSettings() {
        return facets().alerts().notificationSettings();
    }

    @Override
    default NotificationSettings updateNotificationSettings(NotificationSettings settings) {
        return facets().alerts().updateNotificationSettings(settings);
    }

    @Override
    default NotificationTrial sendTestNotification(NotificationChannel channel, NotificationSettings settings) {
        return facets().alerts().sendTestNotification(channel, settings);
    }

    // ---- decision strategies

    @Override
    default List<Strategy> strategies(String deploymentName) {
        return facets().strategies().strategies(deploymentName);
    }

    @Override
    default Strategy saveStrategy(String deploymentName, StrategySpec spec) {
        return facets().strategies().saveStrategy(deploymentName, spec);
    }

    @Override
    default Strategy enableStrategy(String strategyId, boolean enabled) {
        return facets().strategies().enableStrategy(strategyId, enabled);
    }

    @Override
    default void deleteStrategy(String strategyId) {
        facets().strategies().deleteStrategy(strategyId);
    }

    @Override
    default BacktestResult backtest(String deploymentName, StrategySpec spec, Duration window, String entityColumn) {
        return facets().strategies().backtest(deploymentName, spec, window, entityColumn);
    }

    // ---- releases

    @Override
    default TrafficPolicy policy(String deployment) {
        return facets().releases().policy(deployment);
    }

    @Override
    default Deployment setPolicy(String deployment, TrafficPolicy policy, String by, String reason) {
        return facets().releases().setPolicy(deployment, policy, by, reason);
    }

    @Override
    default Deployment rollback(String deployment, String by, String reason) {
        return facets().releases().rollback(deployment, by, reason);
    }

    @Override
    default ReleaseReport release(String deployment, Duration window) {
        return facets().releases().release(deployment, window);
    }

    @Override
    default AbTestDesign planAbTest(AbTestPlan plan) {
        return facets().releases().planAbTest(plan);
    }

    // ---- capacity

    @Override
    default CapacityTest startCapacityTest(String deployment, CapacityPlan plan, String by) {
        return facets().capacity().startCapacityTest(deployment, plan, by);
    }

    @Override
    default CapacityTest capacityTest(String testId) {
        return facets().capacity().capacityTest(testId);
    }

    @Override
    default List<CapacityTest> capacityTests(String deployment) {
        return facets().capacity().capacityTests(deployment);
    }

    @Override
    default CapacityTest stopCapacityTest(String testId) {
        return facets().capacity().stopCapacityTest(testId);
    }

    @Override
    default ServingLimits servingLimits(String deployment) {
        return facets().capacity().servingLimits(deployment);
    }

    @Override
    default ServingLimits setServingLimits(String deployment, ServingLimits limits, String by, String reason) {
        return facets().capacity().setServingLimits(deployment, limits, by, reason);
    }

    // ---- flows

    @Override
    default List<FlowDefinition> flowDefinitions() {
        return facets().flows().flowDefinitions();
    }

    @Override
    default Flow startFlow(FlowStart start, String by) {
        return facets().flows().startFlow(start, by);
    }

    @Override
    default Flow flow(String flowId) {
        return facets().flows().flow(flowId);
    }

    @Override
    default List<Flow> flows(int limit) {
        return facets().flows().flows(limit);
    }

    @Override
    default Flow approveFlowStep(String flowId, String stepId, String by, String reason) {
        return facets().flows().approveFlowStep(flowId, stepId, by, reason);
    }

    @Override
    default Flow rejectFlowStep(String flowId, String stepId, String by, String reason) {
        return facets().flows().rejectFlowStep(flowId, stepId, by, reason);
    }

    @Override
    default Flow pauseFlow(String flowId, String by) {
        return facets().flows().pauseFlow(flowId, by);
    }

    @Override
    default Flow resumeFlow(String flowId, String by) {
        return facets().flows().resumeFlow(flowId, by);
    }

    @Override
    default Flow abortFlow(String flowId, String by, String reason) {
        return facets().flows().abortFlow(flowId, by, reason);
    }

    // ---- audit

    @Override
    default List<AuditEntry> auditEntries(AuditQuery query) {
        return facets().audit().auditEntries(query);
    }

    @Override
    default AuditVerification verifyAudit() {
        return facets().audit().verifyAudit();
    }

    // ---- events

    @Override
    default long latestEventId() {
        return facets().events().latestEventId();
    }

    @Override
    default EventSubscription subscribe(long sinceId, Consumer<PlatformEvent> listener) {
        return facets().events().subscribe(sinceId, listener);
    }
}
