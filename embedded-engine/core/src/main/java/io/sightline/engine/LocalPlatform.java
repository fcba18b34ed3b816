package io.sightline.engine;

import io.sightline.engine.jobs.TrainingJobs;
import io.sightline.engine.store.Timestamps;
import io.sightline.engine.alert.AlertEngine;
import io.sightline.engine.alert.ChannelNotifier;
import io.sightline.engine.alert.NotificationSettingsStore;
import io.sightline.engine.alert.PlatformMetrics;
import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertRule;
import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.BacktestResult;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.DriftReport;
import io.sightline.engine.api.Explanation;
import io.sightline.engine.api.NotificationSettings;
import io.sightline.engine.api.Outcome;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.api.Strategy;
import io.sightline.engine.api.StrategySpec;
import io.sightline.engine.api.TrafficReport;
import io.sightline.engine.api.DataIssue;
import io.sightline.engine.api.ComponentHealth;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.DatasetPreview;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.Health;
import io.sightline.engine.api.HealthStatus;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.ModelSchema;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.Names;
import io.sightline.engine.api.Platform;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PlatformInfo;
import io.sightline.engine.api.PredictionResult;
import io.sightline.engine.api.RegisteredModel;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.ScoreFileResult;
import io.sightline.engine.api.Severity;
import io.sightline.engine.api.Stage;
import io.sightline.engine.api.TargetAnalysis;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.engine.data.CsvImporter;
import io.sightline.engine.data.DatasetCatalog;
import io.sightline.engine.data.ImportLimits;
import io.sightline.engine.data.ImportResult;
import io.sightline.engine.data.TargetAnalyzer;
import io.sightline.engine.cluster.DatabaseArtifacts;
import io.sightline.engine.config.DataConfig;
import io.sightline.engine.config.EngineConfig;
import io.sightline.engine.cluster.NodeOptions;
import io.sightline.engine.explain.Explainer;
import io.sightline.engine.monitor.drift.DriftMonitor;
import io.sightline.engine.monitor.drift.TrainingData;
import io.sightline.engine.registry.ArtifactMirror;
import io.sightline.engine.registry.ArtifactStore;
import io.sightline.engine.monitor.Backtest;
import io.sightline.engine.monitor.DeploymentHistory;
import io.sightline.engine.monitor.OutcomeStore;
import io.sightline.engine.monitor.PerformanceReports;
import io.sightline.engine.monitor.RetrainingTable;
import io.sightline.engine.monitor.ScoreRanges;
import io.sightline.engine.monitor.TrafficRecorder;
import io.sightline.engine.monitor.TrafficReports;
import io.sightline.engine.monitor.Windows;
import io.sightline.engine.registry.ModelCatalog;
import io.sightline.engine.registry.ModelRegistry;
import io.sightline.engine.serve.DeploymentStore;
import io.sightline.engine.serve.PredictionLog;
import io.sightline.engine.serve.ServedModels;
import io.sightline.engine.serve.FileScorer;
import io.sightline.engine.serve.Scoring;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.EventLog;
import io.sightline.engine.store.Ids;
import io.sightline.engine.strategy.StrategyBook;
import io.sightline.engine.strategy.StrategyMatcher;
import io.sightline.engine.track.ExperimentStore;
import io.sightline.engine.track.RunStore;
import io.sightline.engine.track.Tracking;
import io.sightline.engine.train.TrainedModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform in this process: an H2 file database in a data directory (or any JDBC database), datasets and
 * model artifacts stored content-addressed beside it, AutoML on Tribuo, and in-process serving. This is the
 * embedded engine the console uses by default and the core that the server mode exposes over HTTP.
 *
 * <p>Several engines may share one PostgreSQL database as the nodes of a cluster ({@link NodeOptions}): any
 * node runs any queued training, every node hears every node's events and serves every deployment, and the
 * bytes of datasets and models are kept in the database, each node's data directory being its local cache.
 */
public final class LocalPlatform implements Platform {
    private static final Logger LOG = LoggerFactory.getLogger(LocalPlatform.class);

    private final EngineConfig config;
    private final Path dataDirectory;
    private final Database database;
    private final NodeOptions node;
    private final EventLog events;
    private final CsvImporter importer;
    private final TargetAnalyzer targetAnalyzer = new TargetAnalyzer();
    private final DatasetCatalog catalog = new DatasetCatalog();
    private final ArtifactStore datasetFiles;
    private final ArtifactStore modelFiles;
    private final RunStore runs;
    private final ModelRegistry registry = new ModelRegistry();
    private final Tracking tracking;
    private final ModelCatalog modelCatalog;
    private final DeploymentStore deploymentStore = new DeploymentStore();
    private final InstantSource clock = InstantSource.system();
    private final DeploymentHistory deploymentHistory = new DeploymentHistory();
    private final TrafficRecorder trafficRecorder;
    private final PredictionLog predictionLog;
    private final ServedModels servedModels;
    private final StrategyBook strategies;
    private final Scoring scoring;
    private final OutcomeStore outcomes;
    private final TrafficReports trafficReports;
    private final PerformanceReports performanceReports;
    private final Backtest backtests;
    private final RetrainingTable retrainingTable;
    private final TrainingJobs trainingJobs;
    private final DriftMonitor driftMonitor;
    private final Explainer explainer;
    private final NotificationSettingsStore notificationSettings;
    private final ChannelNotifier notifier;
    private final AlertEngine alerts;
    /**
     * Which version each deployment serves, so that scoring does not ask the database every time; forgotten
     * when any node changes the deployment.
     */
    private final Map<String, ModelRef> deploymentRefs = new ConcurrentHashMap<>();
    private final EventSubscription deploymentWatch;

    private LocalPlatform(EngineConfig config, Database database, NodeOptions node) {
        EngineLogging.install();
        Path dataDirectory = config.data().folder();
        this.config = config;
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.node = node;
        this.events = new EventLog(database, node.cluster() ? node.pollInterval() : Duration.ZERO);
        this.importer = new CsvImporter(ImportLimits.forThisRuntime());
        this.datasetFiles = new ArtifactStore(dataDirectory.resolve("datasets"), ".csv", shared(node, "datasets"));
        this.modelFiles = new ArtifactStore(dataDirectory.resolve("models"), ".model.zip", shared(node, "models"));
        ExperimentStore experiments = new ExperimentStore(
                dataDirectory.resolve("mlflow-artifacts").toUri().toString());
        this.runs = new RunStore(experiments);
        this.tracking = new Tracking(database, experiments, runs);
        this.modelCatalog = new ModelCatalog(database, registry, runs);
        this.trafficRecorder = new TrafficRecorder(database, new ScoreRanges(database, registry, catalog), clock);
        this.predictionLog = new PredictionLog(database, config.predictionLog(), trafficRecorder);
        this.servedModels = new ServedModels(this::loadModel);
        this.strategies = new StrategyBook(database);
        this.scoring = new Scoring(servedModels, predictionLog, strategies);
        this.outcomes = new OutcomeStore(database);
        this.trafficReports = new TrafficReports(trafficRecorder, clock);
        this.performanceReports = new PerformanceReports(database, clock);
        this.backtests = new Backtest(database, clock);
        this.retrainingTable = new RetrainingTable(database, clock, config.retraining());
        this.deploymentWatch = events.subscribe(events.lastId(), this::onEvent);
        this.trainingJobs = new TrainingJobs(new TrainingJobs.Context(database, events, importer, catalog,
                datasetFiles, modelFiles, runs, registry), node);
        TrainingData trainingData = new TrainingData(database, catalog, registry, importer, datasetFiles);
        this.driftMonitor = new DriftMonitor(database, trainingData::table, servedModels::get, config.drift());
        this.explainer = new Explainer(servedModels::get, trainingData::table);
        this.notificationSettings = new NotificationSettingsStore(database);
        this.notifier = new ChannelNotifier(database, notificationSettings, config.alerts());
        this.alerts = new AlertEngine(database, new PlatformMetrics(this), events::publish, notifier,
                rule -> retrain(rule.deployment(), longest(rule.window(), config.retraining().shortestWindow())).id(),
                config.alerts().evaluationInterval());
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private ArtifactMirror shared(NodeOptions options, String store) {
        return options.cluster() ? new DatabaseArtifacts(database, store) : ArtifactMirror.NONE;
    }

    /** Opens (creating if needed) the embedded platform in {@code dataDirectory}, on an H2 file database. */
    public static LocalPlatform open(Path dataDirectory) {
        return open(EngineConfig.defaults(dataDirectory));
    }

    /**
     * Opens the platform on a given database, keeping files under {@code dataDirectory}: standalone on H2; on
     * any other database (PostgreSQL) as a cluster node named after this machine and process, with the
     * default lease (see {@link NodeOptions#defaultFor}).
     */
    public static LocalPlatform open(Path dataDirectory, Database database) {
        return open(dataDirectory, database, NodeOptions.defaultFor(database));
    }

    /**
     * Opens the platform as the node {@code node} describes, e.g. {@code NodeOptions.cluster("node-a")} for one
     * of several servers sharing a PostgreSQL database; {@code dataDirectory} is then this node's own cache of
     * datasets and models.
     */
    public static LocalPlatform open(Path dataDirectory, Database database, NodeOptions node) {
        return open(EngineConfig.defaults(dataDirectory), database, node);
    }

    /**
     * Opens the platform as {@code config} says, on the database its data part names (the H2 file in the data
     * folder unless a JDBC URL is given); on a database other than H2, as a cluster node (see
     * {@link NodeOptions#defaultFor}).
     */
    public static LocalPlatform open(EngineConfig config) {
        Database database = config.data().openDatabase();
        return open(config, database, NodeOptions.defaultFor(database));
    }

    /** Opens the platform as {@code config} says, on a database already open, as the node {@code node} describes. */
    public static LocalPlatform open(EngineConfig config, Database database, NodeOptions node) {
        EngineConfig inFolder = config.withData(config.data().withFolder(createDirectories(config.data().folder())));
        return new LocalPlatform(inFolder, database, node);
    }

    /**
     * Where the console keeps its data when nothing else is said: {@code $SIGHTLINE_HOME}, else the platform's
     * usual place for application data (see {@link DataConfig#defaultFolder}). Reads the environment, so it is
     * called where the engine is opened, never inside it.
     */
    public static Path defaultDataDirectory() {
        return DataConfig.defaultFolder(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    private static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory.toAbsolutePath());
        } catch (IOException e) {
            throw new PlatformException(ErrorCode.UNAVAILABLE, "Cannot create the data folder " + directory
                    + ": " + e.getMessage() + ". Choose another folder or check its permissions.", e);
        }
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The configuration this engine was opened with. */
    public EngineConfig config() {
        return config;
    }

    /** How this engine takes part in its database: standalone, or a cluster node with its id and lease. */
    public NodeOptions node() {
        return node;
    }

    /** Experiments and runs as MLflow clients log them (the MLflow-compatible API is built on this). */
    public Tracking tracking() {
        return tracking;
    }

    /** The registry as MLflow clients edit it: descriptions, tags, aliases, versions kept elsewhere. */
    public ModelCatalog modelCatalog() {
        return modelCatalog;
    }

    @Override
    public PlatformInfo info() {
        return new PlatformInfo("embedded", dataDirectory.toString(), EngineVersion.current());
    }

    @Override
    public Health health() {
        ComponentHealth db;
        try {
            long start = System.nanoTime();
            database.read(c -> c.isValid(2));
            long micros = (System.nanoTime() - start) / 1_000;
            db = new ComponentHealth("database", HealthStatus.GREEN, "answers in " + micros + " µs");
        } catch (PlatformException e) {
            db = new ComponentHealth("database", HealthStatus.RED, e.getMessage());
        }
        long dropped = predictionLog.dropped();
        ComponentHealth scoring = new ComponentHealth("scoring",
                dropped == 0 ? HealthStatus.GREEN : HealthStatus.YELLOW,
                servedModels.size() + " model(s) loaded; prediction log backlog " + predictionLog.backlog()
                        + (dropped == 0 ? "" : "; " + dropped + " predictions could not be logged"));
        ComponentHealth jobs;
        try {
            jobs = trainingJobs.health();
        } catch (PlatformException e) {
            jobs = new ComponentHealth("job queue", HealthStatus.RED, e.getMessage());
        }
        return Health.of(List.of(db, scoring, events.health(), jobs, strategies.health()));
    }

    // ---- datasets

    @Override
    public DatasetInfo importDataset(String name, Path csvFile) {
        if (csvFile == null || !Files.isRegularFile(csvFile)) {
            throw PlatformException.invalid("There is no file at " + csvFile + ". Choose an existing CSV file.");
        }
        String datasetName = Names.requireName("dataset", datasetName(name, csvFile));
        ImportResult inspected = importer.inspect(csvFile);
        datasetFiles.putFile(csvFile, inspected.sha256());
        DatasetInfo dataset = new DatasetInfo(Ids.newId("ds"), datasetName, inspected.sha256(),
                inspected.rows(), inspected.sizeBytes(), inspected.columns(), inspected.defaultTarget(),
                inspected.issues(), Timestamps.now());
        try {
            database.inTransaction(c -> {
                catalog.insert(c, dataset);
                return null;
            });
        } catch (RuntimeException e) {
            // Do not leave stored bytes behind that no dataset refers to.
            if (database.read(c -> catalog.countBySha(c, inspected.sha256())) == 0) {
                datasetFiles.delete(inspected.sha256());
            }
            throw e;
        }
        events.publish(new PlatformEvent.DatasetImported(0, Timestamps.now(), dataset.id(), dataset.name(), dataset.rows()));
        return dataset;
    }

    private static String datasetName(String name, Path file) {
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    @Override
    public List<DatasetInfo> datasets() {
        return database.read(catalog::list);
    }

    @Override
    public DatasetInfo dataset(String datasetId) {
        return database.read(c -> catalog.get(c, datasetId));
    }

    @Override
    public DatasetPreview preview(String datasetId, int maxRows) {
        DatasetInfo dataset = dataset(datasetId);
        return importer.preview(datasetFiles.fetch(dataset.sha256()), Math.max(0, Math.min(maxRows, 1_000)));
    }

    @Override
    public TargetAnalysis analyzeTarget(String datasetId, String target, Map<String, ColumnType> typeOverrides) {
        DatasetInfo dataset = dataset(datasetId);
        TargetAnalysis analysis = targetAnalyzer.analyze(dataset.columns(), dataset.rows(), target,
                typeOverrides == null ? Map.of() : typeOverrides);
        return importer.tooLargeToTrain(dataset.sizeBytes())
                .map(message -> withProblem(analysis, DataIssue.blocker(null, message)))
                .orElse(analysis);
    }

    private static TargetAnalysis withProblem(TargetAnalysis analysis, DataIssue problem) {
        List<DataIssue> problems = new ArrayList<>(analysis.problems());
        problems.add(problem);
        return new TargetAnalysis(analysis.target(), analysis.task(), analysis.classes(), problems);
    }

    // ---- training and runs

    @Override
    public TrainingJob startTraining(TrainingRequest request) {
        DatasetInfo dataset = dataset(request.datasetId());
        TargetAnalysis analysis = analyzeTarget(dataset.id(), request.target(), request.typeOverrides());
        if (!analysis.trainable()) {
            throw PlatformException.invalid("This data cannot be trained on yet: " + analysis.problems().stream()
                    .filter(p -> p.severity() == Severity.BLOCKER)
                    .map(DataIssue::message).reduce((a, b) -> a + " " + b).orElse(""));
        }
        return trainingJobs.submit(request, dataset, analysis.task());
    }

    @Override
    public TrainingJob trainingJob(String jobId) {
        return trainingJobs.get(jobId);
    }

    @Override
    public List<TrainingJob> trainingJobs() {
        return trainingJobs.list();
    }

    @Override
    public void cancelTraining(String jobId) {
        trainingJobs.cancel(jobId);
    }

    @Override
    public List<RunInfo> runs() {
        return database.read(runs::list);
    }

    @Override
    public RunInfo run(String runId) {
        return database.read(c -> runs.get(c, runId));
    }

    // ---- registry

    @Override
    public List<RegisteredModel> models() {
        return database.read(registry::models);
    }

    @Override
    public List<ModelVersion> modelVersions(String model) {
        return database.read(c -> registry.versions(c, model));
    }

    @Override
    public ModelVersion modelVersion(String model, int version) {
        return database.read(c -> registry.version(c, model, version));
    }

    @Override
    public ModelVersion setStage(String model, int version, Stage stage) {
        if (stage == null) {
            throw PlatformException.invalid("Choose a stage: None, Staging, Production or Archived.");
        }
        return database.inTransaction(c -> registry.setStage(c, model, version, stage));
    }

    // ---- deployments and predictions

    @Override
    public Deployment deploy(String deploymentName, String model, int version) {
        Names.requireIdentifier("deployment", deploymentName);
        ModelVersion modelVersion = modelVersion(model, version);
        if (modelVersion.artifactSha256() == null) {
            throw PlatformException.invalid("Version " + version + " of '" + model + "' was registered through the "
                    + "MLflow API and points at a model kept elsewhere; Sightline holds no model file for it, so it "
                    + "cannot be deployed. Deploy a version that Sightline trained.");
        }
        servedModels.get(modelVersion.ref());
        // two nodes creating the same deployment at once collide on its name: the later one then updates it
        Deployment deployment = database.inTransactionRetryingConflicts(c -> {
            Deployment changed = deploymentStore.upsert(c, deploymentName, model, version);
            deploymentHistory.record(c, changed);
            return changed;
        });
        deploymentRefs.put(deploymentName, deployment.ref());
        events.publish(new PlatformEvent.DeploymentChanged(0, Timestamps.now(), deployment.name(), model, version,
                deployment.state()));
        return deployment;
    }

    @Override
    public List<Deployment> deployments() {
        return database.read(deploymentStore::list);
    }

    @Override
    public Deployment deployment(String deploymentName) {
        return database.read(c -> deploymentStore.get(c, deploymentName));
    }

    @Override
    public PredictionResult predict(String deploymentName, Map<String, String> row) {
        if (row == null) {
            throw PlatformException.invalid("Give the values of the model's input columns.");
        }
        return scoring.predict(deploymentName, liveRef(deploymentName), row);
    }

    @Override
    public ScoreFileResult scoreFile(String deploymentName, Path input, Path output) {
        ModelRef ref = liveRef(deploymentName);
        TrainedModel model = servedModels.get(ref);
        FileScorer scorer = new FileScorer(importer, model, scoring.fileRows(deploymentName, ref, model));
        long start = System.nanoTime();
        long rows = scorer.score(input, output);
        return new ScoreFileResult(deploymentName, ref, rows, output.toAbsolutePath().toString(),
                (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public List<LoggedPrediction> recentPredictions(String deploymentName, int limit) {
        deployment(deploymentName);
        return predictionLog.recent(deploymentName, Math.max(1, Math.min(limit, 10_000)));
    }

    // ---- monitoring, alerts and strategies

    @Override
    public List<DeploymentChange> deploymentHistory(Duration window) {
        Windows.check(window);
        return database.read(c -> deploymentHistory.since(c, clock.instant().minus(window)));
    }

    @Override
    public Explanation explain(String deploymentName, Map<String, String> row) {
        return explainer.explain(deploymentName, liveRef(deploymentName), row);
    }

    @Override
    public int reportOutcomes(String deploymentName, List<Outcome> outcomes) {
        deployment(deploymentName);
        return this.outcomes.report(deploymentName, outcomes, () -> predictionLog.flush(Duration.ofSeconds(10)));
    }

    @Override
    public TrafficReport traffic(String deploymentName, Duration window) {
        deployment(deploymentName);
        return trafficReports.report(deploymentName, window);
    }

    @Override
    public PerformanceReport performance(String deploymentName, Duration window) {
        return performanceReports.report(deploymentName, window, servedModel(deploymentName).positiveLabel());
    }

    @Override
    public DriftReport drift(String deploymentName, Duration window) {
        return driftMonitor.report(deploymentName, liveRef(deploymentName), window);
    }

    @Override
    public TrainingJob retrain(String deploymentName, Duration window) {
        ModelRef ref = liveRef(deploymentName);
        ModelSchema schema = servedModels.get(ref).schema();
        Path table = temporaryFile(".retrain-", ".csv");
        try {
            retrainingTable.write(deploymentName, window, schema, table);
            DatasetInfo dataset = importDataset(deploymentName + "-outcomes", table);
            // the served model's column types and name: the challenger reads its inputs alike and is its next version
            Map<String, ColumnType> types = schema.inputs().stream()
                    .collect(Collectors.toMap(FieldSpec::name, FieldSpec::type));
            return startTraining(TrainingRequest.of(dataset.id(), schema.target(), ref.model()).withTypeOverrides(types));
        } finally {
            deleteQuietly(table);
        }
    }

    @Override
    public List<AlertRule> alertRules() {
        return alerts.rules();
    }

    @Override
    public AlertRule saveAlertRule(AlertRuleSpec spec) {
        if (spec != null && spec.deployment() != null && !spec.deployment().isBlank()) {
            deployment(spec.deployment());
        }
        return alerts.save(spec);
    }

    @Override
    public void deleteAlertRule(String ruleId) {
        alerts.delete(ruleId, "rule deleted");
    }

    @Override
    public List<Alert> alerts(boolean includeResolved) {
        return alerts.alerts(includeResolved);
    }

    @Override
    public Alert acknowledgeAlert(String alertId, String by) {
        return alerts.acknowledge(alertId, by);
    }

    @Override
    public Alert resolveAlert(String alertId, String by) {
        return alerts.resolve(alertId, by);
    }

    @Override
    public NotificationSettings notificationSettings() {
        return notificationSettings.settings();
    }

    @Override
    public NotificationSettings updateNotificationSettings(NotificationSettings settings) {
        return notificationSettings.update(settings);
    }

    @Override
    public List<Strategy> strategies(String deploymentName) {
        deployment(deploymentName);
        return strategies.list(deploymentName);
    }

    @Override
    public Strategy saveStrategy(String deploymentName, StrategySpec spec) {
        return strategies.save(deploymentName, spec, servedModel(deploymentName).schema());
    }

    @Override
    public Strategy enableStrategy(String strategyId, boolean enabled) {
        return strategies.enable(strategyId, enabled);
    }

    @Override
    public void deleteStrategy(String strategyId) {
        strategies.delete(strategyId);
    }

    @Override
    public BacktestResult backtest(String deploymentName, StrategySpec spec, Duration window, String entityColumn) {
        TrainedModel model = servedModel(deploymentName);
        return backtests.run(deploymentName, StrategyMatcher.compile(spec, model.schema()), window,
                model.positiveLabel(), entityColumn);
    }

    /** Evaluates every alert rule now instead of waiting for the next round (for tests and the simulator). */
    public List<Alert> evaluateAlerts() {
        return alerts.evaluateNow();
    }

    /** Waits until every prediction made so far is in the log (for tests, benchmarks and shutdown). */
    public boolean flushPredictionLog(Duration timeout) {
        return predictionLog.flush(timeout);
    }

    /**
     * Switches the prediction log, and the traffic monitoring it feeds, on or off (on when opened): predictions
     * are still served, with ids, scores and decisions, but not recorded.
     */
    public void logPredictions(boolean on) {
        predictionLog.setEnabled(on);
    }

    private TrainedModel servedModel(String deploymentName) {
        return servedModels.get(liveRef(deploymentName));
    }

    private Path temporaryFile(String prefix, String suffix) {
        try {
            return Files.createTempFile(dataDirectory, prefix, suffix);
        } catch (IOException e) {
            throw new PlatformException(ErrorCode.UNAVAILABLE, "Cannot write a temporary file in " + dataDirectory
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

    private ModelRef liveRef(String deploymentName) {
        return deploymentRefs.computeIfAbsent(deploymentName, name -> deployment(name).ref());
    }

    /**
     * A deployment changed, here or on another node: forget which version it served (the next prediction reads
     * the deployment again) and load the version it serves now, so the first prediction does not wait for it.
     */
    private void onEvent(PlatformEvent event) {
        if (event instanceof PlatformEvent.DeploymentChanged changed) {
            deploymentRefs.remove(changed.deployment());
            try {
                servedModels.get(new ModelRef(changed.model(), changed.version()));
            } catch (PlatformException e) {
                LOG.warn("Could not load {}:{} for deployment {}: {}", changed.model(), changed.version(),
                        changed.deployment(), e.getMessage());
            }
        }
    }

    private TrainedModel loadModel(ModelRef ref) {
        ModelVersion version = modelVersion(ref.model(), ref.version());
        return TrainedModel.fromBytes(modelFiles.get(version.artifactSha256()));
    }

    // ---- events

    @Override
    public long latestEventId() {
        return events.lastId();
    }

    @Override
    public EventSubscription subscribe(long sinceId, Consumer<PlatformEvent> listener) {
        return events.subscribe(sinceId, listener);
    }

    @Override
    public void close() {
        alerts.close();
        notifier.close();
        deploymentWatch.close();
        trainingJobs.close();
        predictionLog.close();
        trafficRecorder.flushAll();
        events.close();
        database.close();
    }
}
