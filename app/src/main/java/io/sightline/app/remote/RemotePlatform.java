package io.sightline.app.remote;

import io.sightline.engine.api.AbTestDesign;
import io.sightline.engine.api.AbTestPlan;
import io.sightline.engine.api.Alert;
import io.sightline.engine.api.ArgumentRules;
import io.sightline.engine.api.AlertRule;
import io.sightline.engine.api.AuditEntry;
import io.sightline.engine.api.AuditQuery;
import io.sightline.engine.api.AuditVerification;
import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.BacktestResult;
import io.sightline.engine.api.CapacityPlan;
import io.sightline.engine.api.CapacityTest;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.DatasetPreview;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.DriftReport;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.Explanation;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowDefinition;
import io.sightline.engine.api.FlowStart;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.ExperimentSummary;
import io.sightline.engine.api.Health;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.ImportAssessment;
import io.sightline.engine.api.MetricStep;
import io.sightline.engine.api.ModelImport;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.NewProject;
import io.sightline.engine.api.NotificationChannel;
import io.sightline.engine.api.NotificationSettings;
import io.sightline.engine.api.NotificationTrial;
import io.sightline.engine.api.Outcome;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.Platform;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PlatformInfo;
import io.sightline.engine.api.PredictionResult;
import io.sightline.engine.api.Project;
import io.sightline.engine.api.RegisteredModel;
import io.sightline.engine.api.ReleaseReport;
import io.sightline.engine.api.RuleTrial;
import io.sightline.engine.api.RunFields;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.RunPage;
import io.sightline.engine.api.RunScatter;
import io.sightline.engine.api.RunSearchRequest;
import io.sightline.engine.api.ScoreFileResult;
import io.sightline.engine.api.ServingLimits;
import io.sightline.engine.api.Stage;
import io.sightline.engine.api.Strategy;
import io.sightline.engine.api.StrategySpec;
import io.sightline.engine.api.TargetAnalysis;
import io.sightline.engine.api.TrafficPolicy;
import io.sightline.engine.api.TrafficReport;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.engine.wire.Requests;
import io.sightline.engine.wire.Wire;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The platform on a Sightline server, over HTTP: every call of {@link Platform} against the server's
 * {@code /api/v1}, events over its Server-Sent Events stream, and the state of the link for the status bar.
 * Made with {@link #connect(URI, String)}; passes the same contract tests as the embedded engine.
 */
public final class RemotePlatform implements Platform, RemoteLink {
    private static final Backoff DEFAULT_BACKOFF = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(15));

    private final URI baseUrl;
    private final OkHttpClient http;
    private final OkHttpClient streamHttp;
    private final ScheduledExecutorService scheduler;
    private final LinkMonitor link;
    private final ApiClient api;
    private final Backoff backoff;
    private final Set<EventSubscription> subscriptions = ConcurrentHashMap.newKeySet();

    private RemotePlatform(URI baseUrl, String token, Backoff backoff) {
        this.baseUrl = baseUrl;
        this.backoff = backoff;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sightline-remote");
            thread.setDaemon(true);
            return thread;
        });
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(60))
                .build();
        this.streamHttp = http.newBuilder().readTimeout(Duration.ZERO).build();
        this.link = new LinkMonitor(scheduler, "Connecting to " + baseUrl);
        this.api = new ApiClient(http, baseUrl, token, link);
    }

    /**
     * Connects to the server at {@code baseUrl} (e.g. {@code https://mlops.example.com:8080}) with a bearer
     * token, and checks both by asking the server what it is. Unreachable: {@code UNAVAILABLE}; token refused:
     * {@code UNAUTHORIZED}.
     */
    public static RemotePlatform connect(URI baseUrl, String token) {
        return connect(baseUrl, token, DEFAULT_BACKOFF.first(), DEFAULT_BACKOFF.max());
    }

    /** As {@link #connect(URI, String)}, with the event stream's first and longest wait between reconnections. */
    public static RemotePlatform connect(URI baseUrl, String token, Duration firstRetry, Duration longestRetry) {
        if (baseUrl == null || !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))) {
            throw PlatformException.invalid("A server address starts with http:// or https:// (got '" + baseUrl + "').");
        }
        if (token == null || token.isBlank()) {
            throw PlatformException.invalid("Give the token the server's administrator made for you.");
        }
        RemotePlatform platform = new RemotePlatform(baseUrl, token.strip(), new Backoff(firstRetry, longestRetry));
        try {
            platform.info();
        } catch (PlatformException e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    // ---- the link

    @Override
    public ConnectionStatus status() {
        return link.status();
    }

    @Override
    public AutoCloseable onStatusChange(Consumer<ConnectionStatus> listener) {
        return link.listen(listener);
    }

    /** The address only: never the token. */
    @Override
    public String toString() {
        return "RemotePlatform[" + baseUrl + "]";
    }

    // ---- the platform

    @Override
    public PlatformInfo info() {
        PlatformInfo server = api.get(api.url("info"), PlatformInfo.class);
        return new PlatformInfo("remote", baseUrl.toString(), server.version());
    }

    @Override
    public Health health() {
        return api.get(api.url("health"), Health.class);
    }

    @Override
    public DatasetInfo importDataset(String name, Path csvFile) {
        ArgumentRules.existingFile(csvFile);
        var url = api.url("datasets").addQueryParameter("filename", csvFile.getFileName().toString());
        if (name != null && !name.isBlank()) {
            url.addQueryParameter("name", name);
        }
        return api.upload(url, csvFile, DatasetInfo.class);
    }

    @Override
    public List<DatasetInfo> datasets() {
        return api.all(api.url("datasets"), DatasetInfo.class);
    }

    @Override
    public DatasetInfo dataset(String datasetId) {
        return api.get(api.url("datasets", datasetId), DatasetInfo.class);
    }

    @Override
    public DatasetPreview preview(String datasetId, int maxRows) {
        int rows = ArgumentRules.previewRows(maxRows);
        return api.get(api.url("datasets", datasetId, "preview").addQueryParameter("rows", String.valueOf(rows)),
                DatasetPreview.class);
    }

    @Override
    public TargetAnalysis analyzeTarget(String datasetId, String target, Map<String, ColumnType> typeOverrides) {
        return api.post(api.url("datasets", datasetId, "target-analysis"), new Requests.TargetQuery(target, typeOverrides),
                TargetAnalysis.class);
    }

    @Override
    public TrainingJob startTraining(TrainingRequest request) {
        return api.post(api.url("training-jobs"), request, TrainingJob.class);
    }

    @Override
    public TrainingJob trainingJob(String jobId) {
        return api.get(api.url("training-jobs", jobId), TrainingJob.class);
    }

    @Override
    public List<TrainingJob> trainingJobs() {
        return api.all(api.url("training-jobs"), TrainingJob.class);
    }

    @Override
    public void cancelTraining(String jobId) {
        api.post(api.url("training-jobs", jobId, "cancel"), Map.of(), TrainingJob.class);
    }

    @Override
    public List<RunInfo> runs() {
        return api.all(api.url("runs"), RunInfo.class);
    }

    @Override
    public RunInfo run(String runId) {
        return api.get(api.url("runs", runId), RunInfo.class);
    }

    @Override
    public List<ExperimentSummary> experiments() {
        return api.all(api.url("experiments"), ExperimentSummary.class);
    }

    @Override
    public RunPage searchRuns(RunSearchRequest request) {
        return api.post(api.url("runs", "search"), request, RunPage.class);
    }

    @Override
    public RunFields runFields(String experiment) {
        HttpUrl.Builder url = api.url("run-fields");
        if (experiment != null) {
            url.addQueryParameter("experiment", experiment);
        }
        return api.get(url, RunFields.class);
    }

    @Override
    public List<MetricStep> metricHistory(String runId, String metric) {
        return api.all(api.url("runs", runId, "metrics", metric), MetricStep.class);
    }

    @Override
    public RunScatter scatter(String experiment, String x, String y) {
        HttpUrl.Builder url = api.url("run-scatter").addQueryParameter("x", x).addQueryParameter("y", y);
        if (experiment != null) {
            url.addQueryParameter("experiment", experiment);
        }
        return api.get(url, RunScatter.class);
    }

    @Override
    public List<RegisteredModel> models() {
        return api.all(api.url("models"), RegisteredModel.class);
    }

    @Override
    public List<ModelVersion> modelVersions(String model) {
        return api.all(api.url("models", model, "versions"), ModelVersion.class);
    }

    @Override
    public ModelVersion modelVersion(String model, int version) {
        return api.get(api.url("models", model, "versions", String.valueOf(version)), ModelVersion.class);
    }

    @Override
    public ModelVersion setStage(String model, int version, Stage stage) {
        ArgumentRules.stage(stage);
        return api.put(api.url("models", model, "versions", String.valueOf(version), "stage"),
                new Requests.StageChange(stage), ModelVersion.class);
    }

    @Override
    public ImportAssessment importModel(ModelImport request) {
        // the server reads no path of this machine: local files go up first, and the import names their ids
        ModelImport uploaded = request.withFiles(file -> ModelImport.isUploaded(file) ? file
                : Path.of(uploadModelFile(file)));
        return api.post(api.url("model-imports"), Requests.ImportModel.of(uploaded), ImportAssessment.class);
    }

    @Override
    public String uploadModelFile(Path file) {
        ArgumentRules.existingUpload(file);
        var url = api.url("model-files").addQueryParameter("filename", file.getFileName().toString());
        return api.uploadBinary(url, file, Requests.UploadedFile.class).id();
    }

    @Override
    public Deployment deploy(String deploymentName, String model, int version) {
        ArgumentRules.deploymentName(deploymentName);
        return api.put(api.url("deployments", deploymentName), new Requests.Deploy(model, version), Deployment.class);
    }

    @Override
    public List<Deployment> deployments() {
        return api.all(api.url("deployments"), Deployment.class);
    }

    @Override
    public Deployment deployment(String deploymentName) {
        return api.get(api.url("deployments", deploymentName), Deployment.class);
    }

    @Override
    public PredictionResult predict(String deploymentName, Map<String, String> row) {
        ArgumentRules.row(row);
        return api.post(api.url("deployments", deploymentName, "predictions"), row, PredictionResult.class);
    }

    @Override
    public ScoreFileResult scoreFile(String deploymentName, Path input, Path output) {
        ArgumentRules.existingFile(input);
        long start = System.nanoTime();
        Headers headers = api.exchangeFile(api.url("deployments", deploymentName, "scored-files")
                .addQueryParameter("filename", input.getFileName().toString()), input, output);
        ModelRef model = new ModelRef(headers.get(Wire.MODEL_HEADER), number(headers, Wire.VERSION_HEADER).intValue());
        long rows = number(headers, Wire.ROWS_HEADER);
        return new ScoreFileResult(deploymentName, model, rows, output.toAbsolutePath().toString(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static Long number(Headers headers, String name) {
        try {
            return Long.parseLong(headers.get(name));
        } catch (NumberFormatException e) {
            throw new PlatformException(io.sightline.engine.api.ErrorCode.INTERNAL,
                    "The server's answer lacks the header " + name + ": is it a Sightline server of the same version?");
        }
    }

    @Override
    public List<LoggedPrediction> recentPredictions(String deploymentName, int limit) {
        return api.collect(api.url("deployments", deploymentName, "predictions"), LoggedPrediction.class,
                ArgumentRules.recentPredictions(limit));
    }

    @Override
    public List<DeploymentChange> deploymentHistory(Duration window) {
        return api.all(windowed(api.url("deployment-history"), window), DeploymentChange.class);
    }

    @Override
    public Explanation explain(String deploymentName, Map<String, String> row) {
        ArgumentRules.row(row);
        return api.post(api.url("deployments", deploymentName, "explanations"), row, Explanation.class);
    }

    // ---- outcomes and monitoring

    @Override
    public int reportOutcomes(String deploymentName, List<Outcome> outcomes) {
        ArgumentRules.outcomes(outcomes);
        return api.post(api.url("deployments", deploymentName, "outcomes"), outcomes, Requests.OutcomesMatched.class)
                .matched();
    }

    @Override
    public TrafficReport traffic(String deploymentName, Duration window) {
        return api.get(windowed(api.url("deployments", deploymentName, "traffic"), window), TrafficReport.class);
    }

    @Override
    public PerformanceReport performance(String deploymentName, Duration window) {
        return api.get(windowed(api.url("deployments", deploymentName, "performance"), window), PerformanceReport.class);
    }

    @Override
    public DriftReport drift(String deploymentName, Duration window) {
        return api.get(windowed(api.url("deployments", deploymentName, "drift"), window), DriftReport.class);
    }

    @Override
    public TrainingJob retrain(String deploymentName, Duration window) {
        return api.post(api.url("deployments", deploymentName, "retraining"), new Requests.Retrain(window),
                TrainingJob.class);
    }

    /** The window as an ISO-8601 duration; the server's default (24 hours) when none is given. */
    private static okhttp3.HttpUrl.Builder windowed(okhttp3.HttpUrl.Builder url, Duration window) {
        return window == null ? url : url.addQueryParameter("window", ArgumentRules.window(window).toString());
    }

    // ---- releases

    @Override
    public TrafficPolicy policy(String deployment) {
        return api.get(api.url("deployments", deployment, "policy"), TrafficPolicy.class);
    }

    /** The server records the user its token belongs to; {@code by} only when it has none. */
    @Override
    public Deployment setPolicy(String deployment, TrafficPolicy policy, String by, String reason) {
        return api.put(api.url("deployments", deployment, "policy"), new Requests.PolicyChange(policy, by, reason),
                Deployment.class);
    }

    /** The server records the user its token belongs to; {@code by} only when it has none. */
    @Override
    public Deployment rollback(String deployment, String by, String reason) {
        return api.post(api.url("deployments", deployment, "rollback"), new Requests.Rollback(reason, by),
                Deployment.class);
    }

    @Override
    public ReleaseReport release(String deployment, Duration window) {
        return api.get(windowed(api.url("deployments", deployment, "release"), window), ReleaseReport.class);
    }

    @Override
    public AbTestDesign planAbTest(AbTestPlan plan) {
        return api.post(api.url("ab-tests", "plan"), plan, AbTestDesign.class);
    }

    // ---- capacity

    /** The server runs the test against itself; it records the user its token belongs to, {@code by} only when it has none. */
    @Override
    public CapacityTest startCapacityTest(String deployment, CapacityPlan plan, String by) {
        return api.post(api.url("deployments", deployment, "capacity-tests"), new Requests.CapacityTestStart(plan, by),
                CapacityTest.class);
    }

    @Override
    public CapacityTest capacityTest(String testId) {
        return api.get(api.url("capacity-tests", testId), CapacityTest.class);
    }

    @Override
    public List<CapacityTest> capacityTests(String deployment) {
        return api.all(api.url("deployments", deployment, "capacity-tests"), CapacityTest.class);
    }

    @Override
    public CapacityTest stopCapacityTest(String testId) {
        return api.post(api.url("capacity-tests", testId, "stop"), Map.of(), CapacityTest.class);
    }

    @Override
    public ServingLimits servingLimits(String deployment) {
        return api.get(api.url("deployments", deployment, "serving-limits"), ServingLimits.class);
    }

    /** The server records the user its token belongs to; {@code by} only when it has none. */
    @Override
    public ServingLimits setServingLimits(String deployment, ServingLimits limits, String by, String reason) {
        return api.put(api.url("deployments", deployment, "serving-limits"),
                new Requests.ServingLimitsChange(limits, by, reason), ServingLimits.class);
    }

    // ---- projects

    @Override
    public List<Project> projects() {
        return api.all(api.url("projects"), Project.class);
    }

    @Override
    public Project project(String name) {
        return api.get(api.url("projects", name), Project.class);
    }

    @Override
    public Project createProject(NewProject project) {
        return api.post(api.url("projects"), project, Project.class);
    }

    @Override
    public Project projectOf(String model) {
        return api.get(api.url("models", model, "project"), Project.class);
    }

    @Override
    public Project setModelProject(String model, String project) {
        return api.put(api.url("models", model, "project"), new Requests.ProjectChange(project), Project.class);
    }

    // ---- audit: the server records who made each change from the token, and where from the connection

    @Override
    public List<AuditEntry> auditEntries(AuditQuery query) {
        okhttp3.HttpUrl.Builder url = api.url("audit")
                .addQueryParameter("offset", String.valueOf(query.offset()))
                .addQueryParameter("limit", String.valueOf(query.limit()));
        addIfGiven(url, "from", query.from());
        addIfGiven(url, "to", query.to());
        addIfGiven(url, "actor", query.actor());
        addIfGiven(url, "action", query.action());
        addIfGiven(url, "subject", query.subject());
        return api.page(url, AuditEntry.class).items();
    }

    private static void addIfGiven(okhttp3.HttpUrl.Builder url, String name, Object value) {
        if (value != null) {
            url.addQueryParameter(name, value.toString());
        }
    }

    @Override
    public AuditVerification verifyAudit() {
        return api.get(api.url("audit", "verify"), AuditVerification.class);
    }

    // ---- flows: the server records the user its token belongs to as starter and decider, {@code by} only when it
    // has none, so that the starter cannot approve in another person's name

    @Override
    public List<FlowDefinition> flowDefinitions() {
        return api.all(api.url("flow-definitions"), FlowDefinition.class);
    }

    @Override
    public Flow startFlow(FlowStart start, String by) {
        return api.post(api.url("flows"), new Requests.FlowLaunch(start, by), Flow.class);
    }

    @Override
    public Flow flow(String flowId) {
        return api.get(api.url("flows", flowId), Flow.class);
    }

    @Override
    public List<Flow> flows(int limit) {
        return api.collect(api.url("flows"), Flow.class, ArgumentRules.flows(limit));
    }

    @Override
    public Flow approveFlowStep(String flowId, String stepId, String by, String reason) {
        return changeFlow(by, reason, flowId, "steps", stepId, "approve");
    }

    @Override
    public Flow rejectFlowStep(String flowId, String stepId, String by, String reason) {
        return changeFlow(by, reason, flowId, "steps", stepId, "reject");
    }

    @Override
    public Flow pauseFlow(String flowId, String by) {
        return changeFlow(by, null, flowId, "pause");
    }

    @Override
    public Flow resumeFlow(String flowId, String by) {
        return changeFlow(by, null, flowId, "resume");
    }

    @Override
    public Flow abortFlow(String flowId, String by, String reason) {
        return changeFlow(by, reason, flowId, "abort");
    }

    /** Posts a change to {@code /flows/<path>}. */
    private Flow changeFlow(String by, String reason, String... path) {
        String[] segments = new String[path.length + 1];
        segments[0] = "flows";
        System.arraycopy(path, 0, segments, 1, path.length);
        return api.post(api.url(segments), new Requests.FlowChange(reason, by), Flow.class);
    }

    // ---- alerts

    @Override
    public List<AlertRule> alertRules() {
        return api.all(api.url("alert-rules"), AlertRule.class);
    }

    @Override
    public AlertRule saveAlertRule(AlertRuleSpec spec) {
        return api.post(api.url("alert-rules"), spec, AlertRule.class);
    }

    @Override
    public RuleTrial tryAlertRule(AlertRuleSpec spec) {
        return api.post(api.url("alert-rules", "trials"), spec, RuleTrial.class);
    }

    @Override
    public void deleteAlertRule(String ruleId) {
        api.delete(api.url("alert-rules", ruleId));
    }

    @Override
    public List<Alert> alerts(boolean includeResolved) {
        return api.all(api.url("alerts").addQueryParameter("includeResolved", String.valueOf(includeResolved)),
                Alert.class);
    }

    /** The server records the user its token belongs to, whatever {@code by} says. */
    @Override
    public Alert acknowledgeAlert(String alertId, String by) {
        return api.post(api.url("alerts", alertId, "acknowledge"), Map.of(), Alert.class);
    }

    /** The server records the user its token belongs to, whatever {@code by} says. */
    @Override
    public Alert resolveAlert(String alertId, String by) {
        return api.post(api.url("alerts", alertId, "resolve"), Map.of(), Alert.class);
    }

    @Override
    public NotificationSettings notificationSettings() {
        return api.get(api.url("notification-settings"), NotificationSettings.class);
    }

    @Override
    public NotificationSettings updateNotificationSettings(NotificationSettings settings) {
        return api.put(api.url("notification-settings"), settings, NotificationSettings.class);
    }

    @Override
    public NotificationTrial sendTestNotification(NotificationChannel channel, NotificationSettings settings) {
        return api.post(api.url("notification-settings", "trials"), new Requests.NotificationTest(channel, settings),
                NotificationTrial.class);
    }

    // ---- decision strategies

    @Override
    public List<Strategy> strategies(String deploymentName) {
        return api.all(api.url("deployments", deploymentName, "strategies"), Strategy.class);
    }

    @Override
    public Strategy saveStrategy(String deploymentName, StrategySpec spec) {
        return api.post(api.url("deployments", deploymentName, "strategies"), spec, Strategy.class);
    }

    @Override
    public Strategy enableStrategy(String strategyId, boolean enabled) {
        return api.put(api.url("strategies", strategyId, "enabled"), new Requests.Enable(enabled), Strategy.class);
    }

    @Override
    public void deleteStrategy(String strategyId) {
        api.delete(api.url("strategies", strategyId));
    }

    @Override
    public BacktestResult backtest(String deploymentName, StrategySpec spec, Duration window, String entityColumn) {
        return api.post(api.url("deployments", deploymentName, "backtests"),
                new Requests.Backtest(spec, window, entityColumn), BacktestResult.class);
    }

    // ---- events

    @Override
    public long latestEventId() {
        return api.get(api.url("events", "latest"), Requests.LatestEvent.class).id();
    }

    @Override
    public EventSubscription subscribe(long sinceId, Consumer<PlatformEvent> listener) {
        EventStreamClient stream = new EventStreamClient(streamHttp, api, link, backoff, scheduler, sinceId, listener);
        subscriptions.add(stream);
        return () -> {
            subscriptions.remove(stream);
            stream.close();
        };
    }

    @Override
    public void close() {
        subscriptions.forEach(EventSubscription::close);
        subscriptions.clear();
        scheduler.shutdownNow();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
