package io.sightline.engine.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.sightline.engine.EngineVersion;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.DatasetPreview;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.ExperimentSummary;
import io.sightline.engine.api.Health;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.ImportAssessment;
import io.sightline.engine.api.MetricStep;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.Platform;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformInfo;
import io.sightline.engine.api.PredictionResult;
import io.sightline.engine.api.RegisteredModel;
import io.sightline.engine.api.RunFields;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.RunPage;
import io.sightline.engine.api.RunScatter;
import io.sightline.engine.api.RunSearchRequest;
import io.sightline.engine.api.TargetAnalysis;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.engine.server.RouteGroup;
import io.sightline.engine.server.metrics.PredictionMetrics;
import io.sightline.engine.server.metrics.TrainingMetrics;
import io.sightline.engine.server.openapi.Documented;
import io.sightline.engine.server.openapi.DocumentedRoute;
import io.sightline.engine.server.openapi.OpenApiDocument;
import io.sightline.engine.server.openapi.Param;
import io.sightline.engine.server.openapi.Shape;
import io.sightline.engine.wire.Requests;
import io.sightline.engine.wire.StreamFrames;
import io.sightline.engine.wire.Wire;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every route of the platform API in one table: each {@link io.sightline.engine.api.Platform} call at its path,
 * with the handler it points at and what it takes and gives. The routes are mounted from this table and the
 * OpenAPI document at {@code /api/v1/openapi.json} is written from it.
 */
public final class PlatformApi implements RouteGroup, Documented {
    private static final String CSV = "text/csv";

    private final List<DocumentedRoute> endpoints;
    private final List<DocumentedRoute> documentedElsewhere = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile Map<String, Object> document;

    /** {@code events} answers the event stream; {@code metrics} answers {@code /metrics}. */
    public PlatformApi(Platform platform, TrainingMetrics training, PredictionMetrics predictions, Handler events,
                       Handler metrics) {
        DatasetHandlers datasets = new DatasetHandlers(platform);
        TrainingHandlers jobs = new TrainingHandlers(platform, platform, training);
        RegistryHandlers registry = new RegistryHandlers(platform);
        DeploymentHandlers deployments = new DeploymentHandlers(platform, platform, predictions);
        SystemHandlers system = new SystemHandlers(platform, platform);
        String api = Wire.API;
        List<DocumentedRoute> core = List.of(
                DocumentedRoute.get(api + "/info", system::info).tag("system")
                        .summary("What this server is: mode, location and engine version").returns(Shape.json(PlatformInfo.class)),
                DocumentedRoute.get(api + "/health", system::health).tag("system").noToken()
                        .summary("The engine's health, per component (no token needed)").returns(Shape.json(Health.class)),
                DocumentedRoute.get(api + "/openapi.json", this::openApi).tag("system")
                        .summary("This document").returns(Shape.json(Map.class)),
                DocumentedRoute.get("/metrics", metrics).tag("system")
                        .summary("Prometheus metrics").returns(Shape.text("text/plain", "Prometheus text format 0.0.4")),

                DocumentedRoute.get(api + "/datasets", datasets::list).tag("datasets").paged()
                        .summary("Imported datasets, newest first").returns(Shape.pageOf(DatasetInfo.class)),
                DocumentedRoute.post(api + "/datasets", datasets::upload).tag("datasets").status(201)
                        .param(Param.query("name", "string", "The dataset's name (default: from the file name)"))
                        .param(Param.query("filename", "string", "The uploaded file's name"))
                        .summary("Imports a CSV file sent as the body, or as the part 'file' of a multipart form")
                        .accepts(Shape.text(CSV, "The CSV file")).returns(Shape.json(DatasetInfo.class)),
                DocumentedRoute.get(api + "/datasets/{id}", datasets::get).tag("datasets")
                        .summary("One dataset with its column profiles").returns(Shape.json(DatasetInfo.class)),
                DocumentedRoute.get(api + "/datasets/{id}/preview", datasets::preview).tag("datasets")
                        .param(Param.query("rows", "integer", "How many rows (default 20, at most 1000)"))
                        .summary("The first rows as they are in the file").returns(Shape.json(DatasetPreview.class)),
                DocumentedRoute.post(api + "/datasets/{id}/target-analysis", datasets::analyzeTarget).tag("datasets")
                        .summary("What training on a target column would mean").accepts(Shape.json(Requests.TargetQuery.class))
                        .returns(Shape.json(TargetAnalysis.class)),

                DocumentedRoute.post(api + "/training-jobs", jobs::start).tag("training").status(201)
                        .summary("Starts AutoML; only datasetId and target are required")
                        .accepts(Shape.json(TrainingRequest.class)).returns(Shape.json(TrainingJob.class)),
                DocumentedRoute.get(api + "/training-jobs", jobs::list).tag("training").paged()
                        .summary("Training jobs, newest first").returns(Shape.pageOf(TrainingJob.class)),
                DocumentedRoute.get(api + "/training-jobs/{id}", jobs::get).tag("training")
                        .summary("One training job").returns(Shape.json(TrainingJob.class)),
                DocumentedRoute.post(api + "/training-jobs/{id}/cancel", jobs::cancel).tag("training")
                        .summary("Asks a training job to stop").returns(Shape.json(TrainingJob.class)),
                DocumentedRoute.get(api + "/runs", jobs::runs).tag("training").paged()
                        .summary("Recorded runs").returns(Shape.pageOf(RunInfo.class)),
                DocumentedRoute.post(api + "/runs/search", jobs::searchRuns).tag("training")
                        .summary("One page of an experiment's runs, filtered in MLflow's search grammar and ordered by"
                                + " the database; pass nextPageToken back for the next")
                        .accepts(Shape.json(RunSearchRequest.class)).returns(Shape.json(RunPage.class)),
                DocumentedRoute.get(api + "/run-fields", jobs::runFields).tag("training")
                        .param(Param.query("experiment", "string", "The experiment's name (default: every run)"))
                        .summary("The attributes, metric, parameter and tag keys runs can be filtered and shown by")
                        .returns(Shape.json(RunFields.class)),
                DocumentedRoute.get(api + "/run-scatter", jobs::scatter).tag("training")
                        .param(Param.query("experiment", "string", "The experiment's name (default: every run)"))
                        .param(Param.query("x", "string", "A numeric field, such as metrics.auc"))
                        .param(Param.query("y", "string", "Another, such as params.depth"))
                        .summary("Two fields of the newest runs against each other (sampled when there are more)")
                        .returns(Shape.json(RunScatter.class)),
                DocumentedRoute.get(api + "/runs/{id}/metrics/{metric}", jobs::metricHistory).tag("training").paged()
                        .summary("Every value logged for one metric of a run, in the order it arrived")
                        .returns(Shape.pageOf(MetricStep.class)),
                DocumentedRoute.get(api + "/experiments", jobs::experiments).tag("training").paged()
                        .summary("Experiments by name, with their run counts").returns(Shape.pageOf(ExperimentSummary.class)),
                DocumentedRoute.get(api + "/runs/{id}", jobs::run).tag("training")
                        .summary("One run with its leaderboard, evaluations and lineage").returns(Shape.json(RunInfo.class)),

                DocumentedRoute.get(api + "/models", registry::models).tag("registry").paged()
                        .summary("Registered models").returns(Shape.pageOf(RegisteredModel.class)),
                DocumentedRoute.get(api + "/models/{name}/versions", registry::versions).tag("registry").paged()
                        .summary("A model's versions").returns(Shape.pageOf(ModelVersion.class)),
                DocumentedRoute.get(api + "/models/{name}/versions/{version}", registry::version).tag("registry")
                        .summary("One model version").returns(Shape.json(ModelVersion.class)),
                DocumentedRoute.put(api + "/models/{name}/versions/{version}/stage", registry::setStage).tag("registry")
                        .summary("Moves a version to another stage").accepts(Shape.json(Requests.StageChange.class))
                        .returns(Shape.json(ModelVersion.class)),
                DocumentedRoute.post(api + "/model-files", registry::uploadModelFile).tag("registry").status(201)
                        .param(Param.query("filename", "string", "The uploaded file's name"))
                        .summary("Keeps a model file or expected-outputs CSV for an import, sent as the body or as the"
                                + " part 'file' of a multipart form; answers its id")
                        .accepts(Shape.text("application/octet-stream", "The file"))
                        .returns(Shape.json(Requests.UploadedFile.class)),
                DocumentedRoute.post(api + "/model-imports", registry::importModel).tag("registry")
                        .summary("Assesses a model file uploaded before against a dataset, and registers it when it"
                                + " passes and the request asks for it").accepts(Shape.json(Requests.ImportModel.class))
                        .returns(Shape.json(ImportAssessment.class)),

                DocumentedRoute.get(api + "/deployments", deployments::list).tag("serving").paged()
                        .summary("Deployments").returns(Shape.pageOf(Deployment.class)),
                DocumentedRoute.get(api + "/deployments/{name}", deployments::get).tag("serving")
                        .summary("One deployment").returns(Shape.json(Deployment.class)),
                DocumentedRoute.put(api + "/deployments/{name}", deployments::deploy).tag("serving")
                        .summary("Serves a model version under this name, replacing what it served before")
                        .accepts(Shape.json(Requests.Deploy.class)).returns(Shape.json(Deployment.class)),
                DocumentedRoute.post(api + "/deployments/{name}/predictions", deployments::predict).tag("serving")
                        .summary("Scores one row given as a JSON object of column name to value")
                        .accepts(Shape.json(Map.class)).returns(Shape.json(PredictionResult.class)),
                DocumentedRoute.get(api + "/deployments/{name}/predictions", deployments::recent).tag("serving").paged()
                        .summary("The prediction log, newest first (total is null: the log is not counted)")
                        .returns(Shape.pageOf(LoggedPrediction.class)),
                DocumentedRoute.post(api + "/deployments/{name}/scored-files", deployments::score).tag("serving")
                        .param(Param.query("filename", "string", "The uploaded file's name"))
                        .summary("Scores every row of an uploaded CSV and streams back the input columns plus label "
                                + "and score; headers " + Wire.ROWS_HEADER + ", " + Wire.MILLIS_HEADER + ", "
                                + Wire.MODEL_HEADER + " and " + Wire.VERSION_HEADER + " say what was done")
                        .accepts(Shape.text(CSV, "The CSV file")).returns(Shape.text(CSV, "The scored CSV file")),

                DocumentedRoute.get(api + "/events/latest", system::latestEvent).tag("events")
                        .summary("The newest event's id").returns(Shape.json(Requests.LatestEvent.class)),
                DocumentedRoute.get(api + "/events", events).tag("events")
                        .param(Param.query("since", "integer", "Deliver events after this id (default: from now)"))
                        .param(Param.header("Last-Event-ID", "integer", "Sent by reconnecting clients; wins over since"))
                        .summary("Live events as Server-Sent Events: a '" + StreamFrames.HELLO + "' frame, then each "
                                + "event named by its type with its id, and a '" + StreamFrames.HEARTBEAT
                                + "' frame every few seconds; the data of each is one JSON object")
                        .returns(Shape.text("text/event-stream", "Events: " + PlatformEvent.class.getSimpleName()
                                + " objects; frames: " + StreamFrames.Hello.class.getSimpleName() + ", "
                                + StreamFrames.Heartbeat.class.getSimpleName())));
        this.endpoints = Stream.of(core, OperationsEndpoints.of(platform), ProjectEndpoints.of(platform),
                        FlowEndpoints.of(platform), AuditEndpoints.of(platform))
                .flatMap(List::stream).toList();
    }

    @Override
    public List<DocumentedRoute> endpoints() {
        return endpoints;
    }

    /** Adds the routes another group describes (Open Inference Protocol, MLflow) to the OpenAPI document. */
    public void document(List<DocumentedRoute> more) {
        documentedElsewhere.addAll(more);
        document = null;
    }

    @Override
    public void mount(Javalin app) {
        for (DocumentedRoute endpoint : endpoints) {
            app.addHttpHandler(endpoint.method(), endpoint.path(), endpoint.handler());
        }
    }

    private void openApi(Context ctx) {
        Map<String, Object> current = document;
        if (current == null) {
            current = OpenApiDocument.of("Sightline platform API", EngineVersion.current(),
                    Stream.concat(endpoints.stream(), documentedElsewhere.stream()).toList());
            document = current;
        }
        ctx.json(current);
    }
}
