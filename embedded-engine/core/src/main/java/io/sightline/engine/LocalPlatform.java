package io.sightline.engine;

import io.sightline.engine.alert.AlertEngine;
import io.sightline.engine.alert.ChannelNotifier;
import io.sightline.engine.alert.LocalAlerts;
import io.sightline.engine.alert.NotificationSettingsStore;
import io.sightline.engine.alert.NotificationTargets;
import io.sightline.engine.alert.PlatformMetrics;
import io.sightline.engine.api.Alert;
import io.sightline.engine.audit.AuditLog;
import io.sightline.engine.audit.AuditedFacets;
import io.sightline.engine.api.ComponentHealth;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.FacetedPlatform;
import io.sightline.engine.api.Flows;
import io.sightline.engine.api.Health;
import io.sightline.engine.api.HealthStatus;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PlatformFacets;
import io.sightline.engine.api.PlatformInfo;
import io.sightline.engine.cluster.DatabaseArtifacts;
import io.sightline.engine.cluster.NodeOptions;
import io.sightline.engine.config.DataConfig;
import io.sightline.engine.config.EngineConfig;
import io.sightline.engine.data.CsvImporter;
import io.sightline.engine.data.DatasetCatalog;
import io.sightline.engine.data.ImportLimits;
import io.sightline.engine.data.LocalDatasets;
import io.sightline.engine.explain.Explainer;
import io.sightline.engine.flow.FlowLibrary;
import io.sightline.engine.flow.LocalFlows;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepActions;
import io.sightline.engine.flow.step.CrossProjectActions;
import io.sightline.engine.flow.step.EngineParts;
import io.sightline.engine.flow.step.ImportActions;
import io.sightline.engine.jobs.LocalTraining;
import io.sightline.engine.jobs.TrainingJobs;
import io.sightline.engine.monitor.Backtest;
import io.sightline.engine.monitor.LocalMonitoring;
import io.sightline.engine.monitor.OutcomeStore;
import io.sightline.engine.monitor.PerformanceReports;
import io.sightline.engine.monitor.RetrainingTable;
import io.sightline.engine.monitor.ScoreRanges;
import io.sightline.engine.monitor.TrafficRecorder;
import io.sightline.engine.monitor.TrafficReports;
import io.sightline.engine.monitor.drift.DriftMonitor;
import io.sightline.engine.monitor.drift.TrainingData;
import io.sightline.engine.registry.ArtifactMirror;
import io.sightline.engine.registry.ArtifactStore;
import io.sightline.engine.registry.LocalProjects;
import io.sightline.engine.registry.LocalRegistry;
import io.sightline.engine.registry.imports.ModelImporter;
import io.sightline.engine.registry.ModelCatalog;
import io.sightline.engine.registry.ModelRegistry;
import io.sightline.engine.registry.ModelTransfer;
import io.sightline.engine.serve.LiveModels;
import io.sightline.engine.serve.LocalDeployments;
import io.sightline.engine.serve.LocalPredictions;
import io.sightline.engine.serve.PredictionLog;
import io.sightline.engine.serve.log.PredictionBlocks;
import io.sightline.engine.serve.Scoring;
import io.sightline.engine.serve.capacity.LocalCapacity;
import io.sightline.engine.serve.ServedModels;
import io.sightline.engine.serve.ServingGate;
import io.sightline.engine.serve.release.LocalReleases;
import io.sightline.engine.serve.release.PolicyRouter;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.EventLog;
import io.sightline.engine.store.SecretBox;
import io.sightline.engine.strategy.LocalStrategies;
import io.sightline.engine.strategy.StrategyBook;
import io.sightline.engine.track.ExperimentStore;
import io.sightline.engine.track.LocalRuns;
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
import java.util.Locale;

/**
 * The platform in this process: an H2 file database in a data directory (or any JDBC database), datasets and
 * model artifacts stored content-addressed beside it, AutoML on Tribuo, and in-process serving. This is the
 * embedded engine the console uses by default and the core that the server mode exposes over HTTP.
 *
 * <p>Several engines may share one PostgreSQL database as the nodes of a cluster ({@link NodeOptions}): any
 * node runs any queued training, every node hears every node's events and serves every deployment, and the
 * bytes of datasets and models are kept in the database, each node's data directory being its local cache.
 *
 * <p>This class is the composition root: it opens the database and wires one part per facet (datasets,
 * training, runs, registry, projects, deployments, predictions, monitoring, alerts, strategies, releases, capacity,
 * flows, audit, events), which hold the rules, and has every change made through them recorded in the audit log
 * ({@link AuditedFacets}); it answers status and health itself, and closes the parts in order.
 */
public final class LocalPlatform implements FacetedPlatform, MlflowStores {
    /** How often canaries are judged and bandits' shares looked at (each then goes at its own plan's pace). */
    private static final Duration RELEASE_TICK = Duration.ofMillis(500);
    private final EngineConfig config;
    private final Path dataDirectory;
    private final Database database;
    private final NodeOptions node;
    private final EventLog events;
    private final Tracking tracking;
    private final ModelCatalog modelCatalog;
    private final TrafficRecorder trafficRecorder;
    private final PredictionLog predictionLog;
    private final ServedModels servedModels;
    private final LiveModels liveModels;
    private final TrainingJobs trainingJobs;
    private final ChannelNotifier notifier;
    private final AlertEngine alerts;
    private final StrategyBook strategies;
    private final PolicyRouter router;
    private final LocalReleases releases;
    private final LocalCapacity capacity;
    private final LocalFlows flows;
    private final PlatformFacets facets;

    private LocalPlatform(EngineConfig config, Database database, NodeOptions node) {
        EngineLogging.install();
        Path dataDirectory = config.data().folder();
        this.config = config;
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.node = node;
        InstantSource clock = InstantSource.system();
        this.events = new EventLog(database, node.cluster() ? node.pollInterval() : Duration.ZERO);
        CsvImporter importer = new CsvImporter(ImportLimits.forThisRuntime());
        DatasetCatalog catalog = new DatasetCatalog();
        ArtifactStore datasetFiles = new ArtifactStore(dataDirectory.resolve("datasets"), ".csv", shared(node, "datasets"));
        ArtifactStore modelFiles = new ArtifactStore(dataDirectory.resolve("models"), ".model.zip", shared(node, "models"));
        ExperimentStore experiments = new ExperimentStore(
                dataDirectory.resolve("mlflow-artifacts").toUri().toString());
        RunStore runs = new RunStore(experiments);
        ModelRegistry registry = new ModelRegistry();
        this.tracking = new Tracking(database, experiments, runs);
        this.modelCatalog = new ModelCatalog(database, registry, runs);
        this.trafficRecorder = new TrafficRecorder(database, new ScoreRanges(database, registry, catalog), clock);
        this.predictionLog = new PredictionLog(database, config.predictionLog(), trafficRecorder);
        LocalRegistry models = new LocalRegistry(database, registry, new ModelImporter(database, events, catalog,
                importer, datasetFiles, modelFiles, registry,
                new ArtifactStore(dataDirectory.resolve("uploads"), ".upload", shared(node, "uploads"))));
        this.servedModels = new ServedModels(ref -> TrainedModel.fromBytes(
                modelFiles.get(models.modelVersion(ref.model(), ref.version()).artifactSha256())));
        this.strategies = new StrategyBook(database);
        Scoring scoring = new Scoring(servedModels, predictionLog, strategies);
        this.liveModels = new LiveModels(database, servedModels, events);
        this.trainingJobs = new TrainingJobs(new TrainingJobs.Context(database, events, importer, catalog,
                datasetFiles, modelFiles, runs, registry), node);
        TrainingData trainingData = new TrainingData(database, catalog, registry, importer, datasetFiles);
        DriftMonitor driftMonitor = new DriftMonitor(database, trainingData::table, servedModels::get,
                config.drift());
        Explainer explainer = new Explainer(servedModels::get, trainingData::table);
        NotificationSettingsStore notificationSettings = new NotificationSettingsStore(database,
                new NotificationTargets(config.alerts().allowedTargets()), new SecretBox(config.data().secretKeyFile()));
        this.notifier = new ChannelNotifier(database, notificationSettings, config.alerts());

        LocalDatasets datasets = new LocalDatasets(database, events, importer, catalog, datasetFiles);
        LocalTraining training = new LocalTraining(datasets, trainingJobs);
        LocalDeployments deployments = new LocalDeployments(database, events, models, liveModels, clock);
        this.router = new PolicyRouter(database, scoring, liveModels);
        this.releases = new LocalReleases(database, events, deployments, models, liveModels, router,
                ref -> servedModels.get(ref).positiveLabel(), clock, RELEASE_TICK);
        LocalMonitoring monitoring = new LocalMonitoring(deployments, liveModels, new LocalMonitoring.Sources(
                predictionLog, new OutcomeStore(database), new TrafficReports(trafficRecorder, clock),
                new PerformanceReports(database, clock), driftMonitor, new RetrainingTable(database, clock, config.retraining())),
                datasets, training, dataDirectory);
        this.alerts = new AlertEngine(database, new PlatformMetrics(monitoring), events::publish, notifier,
                LocalAlerts.retrainingThrough(monitoring, config.retraining().shortestWindow()),
                config.alerts().evaluationInterval());
        ServingGate gate = new ServingGate(database, events, deployments, liveModels);
        LocalPredictions predictions = new LocalPredictions(deployments, liveModels, router, scoring, predictionLog,
                importer, explainer, gate);
        this.capacity = new LocalCapacity(database, events, deployments, predictions, models, trainingData::table,
                node.nodeId(), gate);
        LocalRuns localRuns = new LocalRuns(database, runs);
        LocalProjects projects = new LocalProjects(database);
        EngineParts engineParts = new EngineParts(models, deployments, releases, capacity, localRuns, predictions,
                servedModels::get, trainingData::table);
        CrossProjectActions crossProject = new CrossProjectActions(engineParts, projects,
                new ModelTransfer(database, registry, modelFiles, dataDirectory.resolve("exports")));
        List<StepAction> actions = new ArrayList<>(engineParts.actions());
        actions.addAll(new ImportActions(models, this::startedFlows).actions());
        actions.addAll(crossProject.actions());
        StepActions flowActions = new StepActions(actions);
        this.flows = new LocalFlows(database, events, FlowLibrary.fromResources(FlowLibrary.BUILT_IN, flowActions),
                flowActions, node, crossProject.approvalRules());
        AuditLog auditLog = new AuditLog(database, clock);
        this.facets = AuditedFacets.of(new PlatformFacets(datasets, training, localRuns, models, projects,
                deployments, predictions, monitoring, new LocalAlerts(alerts, notificationSettings, notifier, deployments),
                new LocalStrategies(strategies, deployments, liveModels::model, new Backtest(database, clock)),
                releases, capacity, flows, auditLog, events), auditLog);
    }


    /** The flows facet, for the flow step that starts another flow (built after the steps, so asked for late). */
    private Flows startedFlows() {
        return flows;
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

    @Override
    public Tracking tracking() {
        return tracking;
    }

    @Override
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
                        + "; " + predictionLogSize() + "; " + predictionLog.guarantees()
                        + (dropped == 0 ? "" : "; " + dropped + " predictions could not be logged")
                        + (router.shadowsDropped() == 0 ? "" : "; " + router.shadowsDropped()
                                + " mirrored rows dropped: the shadows could not keep up"));
        ComponentHealth jobs;
        try {
            jobs = trainingJobs.health();
        } catch (PlatformException e) {
            jobs = new ComponentHealth("job queue", HealthStatus.RED, e.getMessage());
        }
        return Health.of(List.of(db, scoring, events.health(), jobs, strategies.health(), notifier.health()));
    }

    /** The prediction log's size in the database, or why it is unknown. */
    private String predictionLogSize() {
        try {
            PredictionBlocks.Footprint log = predictionLog.footprint();
            return String.format(Locale.ROOT, "prediction log holds %,d predictions in %,.1f MB", log.predictions(),
                    log.bytes() / 1048576.0);
        } catch (PlatformException e) {
            return "prediction log size unknown: " + e.getMessage();
        }
    }

    @Override
    public PlatformFacets facets() {
        return facets;
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

    @Override
    public void close() {
        flows.close(); // its steps go through the parts closed below
        capacity.close(); // its load goes through the parts closed below
        releases.close();
        alerts.close();
        notifier.close();
        liveModels.close();
        trainingJobs.close();
        router.close();
        predictionLog.close();
        trafficRecorder.flushAll();
        events.close();
        database.close();
    }
}
