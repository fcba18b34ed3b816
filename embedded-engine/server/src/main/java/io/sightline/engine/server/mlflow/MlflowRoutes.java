package io.sightline.engine.server.mlflow;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.sightline.engine.MlflowStores;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.registry.ModelCatalog;
import io.sightline.engine.server.RouteGroup;
import io.sightline.engine.wire.Json;
import io.sightline.engine.track.Tracking;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MLflow REST API 2.0 (tracking and model registry) under {@code /api/2.0/mlflow/} and, for MLflow's own
 * web pages, {@code /ajax-api/2.0/mlflow/}. Errors are answered in MLflow's shape by these routes themselves,
 * so the server's own error handling for its other routes is left alone.
 */
public final class MlflowRoutes implements RouteGroup {
    /** The prefixes the routes are mounted under. */
    public static final List<String> PREFIXES = List.of("/api/2.0/mlflow", "/ajax-api/2.0/mlflow");
    private static final Logger LOG = LoggerFactory.getLogger(MlflowRoutes.class);

    private final ExperimentEndpoints experiments;
    private final RunEndpoints runs;
    private final RegistryEndpoints registry;

    public MlflowRoutes(Tracking tracking, ModelCatalog catalog) {
        this.experiments = new ExperimentEndpoints(tracking);
        this.runs = new RunEndpoints(tracking);
        this.registry = new RegistryEndpoints(catalog);
    }

    /** The routes over an engine's tracking and registry stores. */
    public static MlflowRoutes on(MlflowStores stores) {
        return new MlflowRoutes(stores.tracking(), stores.modelCatalog());
    }

    @Override
    public void mount(Javalin app) {
        for (String prefix : PREFIXES) {
            mountUnder(app, prefix);
        }
    }

    private void mountUnder(Javalin app, String prefix) {
        Routes routes = new Routes(app, prefix);
        routes.post("experiments/create", experiments::create);
        routes.get("experiments/get", experiments::get);
        routes.get("experiments/get-by-name", experiments::getByName);
        routes.getAndPost("experiments/search", experiments::search);
        routes.post("experiments/update", experiments::update);
        routes.post("experiments/delete", experiments::delete);
        routes.post("experiments/restore", experiments::restore);
        routes.post("experiments/set-experiment-tag", experiments::setTag);

        routes.post("runs/create", runs::create);
        routes.get("runs/get", runs::get);
        routes.post("runs/update", runs::update);
        routes.post("runs/delete", runs::delete);
        routes.post("runs/restore", runs::restore);
        routes.getAndPost("runs/search", runs::search);
        routes.post("runs/log-metric", runs::logMetric);
        routes.post("runs/log-parameter", runs::logParameter);
        routes.post("runs/set-tag", runs::setTag);
        routes.post("runs/delete-tag", runs::deleteTag);
        routes.post("runs/log-batch", runs::logBatch);
        routes.post("runs/log-model", runs::logModel);
        routes.get("metrics/get-history", runs::metricHistory);

        routes.post("registered-models/create", registry::createModel);
        routes.get("registered-models/get", registry::getModel);
        routes.post("registered-models/rename", registry::renameModel);
        routes.add(HandlerType.PATCH, "registered-models/update", registry::updateModel);
        routes.add(HandlerType.DELETE, "registered-models/delete", registry::deleteModel);
        routes.get("registered-models/search", registry::searchModels);
        routes.getAndPost("registered-models/get-latest-versions", registry::latestVersions);
        routes.post("registered-models/set-tag", registry::setModelTag);
        routes.add(HandlerType.DELETE, "registered-models/delete-tag", registry::deleteModelTag);
        routes.post("registered-models/alias", registry::setAlias);
        routes.add(HandlerType.DELETE, "registered-models/alias", registry::deleteAlias);
        routes.get("registered-models/alias", registry::versionByAlias);

        routes.post("model-versions/create", registry::createVersion);
        routes.get("model-versions/get", registry::getVersion);
        routes.add(HandlerType.PATCH, "model-versions/update", registry::updateVersion);
        routes.add(HandlerType.DELETE, "model-versions/delete", registry::deleteVersion);
        routes.get("model-versions/search", registry::searchVersions);
        routes.post("model-versions/transition-stage", registry::transitionStage);
        routes.get("model-versions/get-download-uri", registry::downloadUri);
        routes.post("model-versions/set-tag", registry::setVersionTag);
        routes.add(HandlerType.DELETE, "model-versions/delete-tag", registry::deleteVersionTag);

        Handler unknown = context -> write(context, 404, MlflowErrors.body(MlflowErrors.ENDPOINT_NOT_FOUND,
                "No MLflow endpoint " + context.method() + " " + context.path() + " here."));
        for (HandlerType method : List.of(HandlerType.GET, HandlerType.POST, HandlerType.PATCH, HandlerType.DELETE)) {
            app.addHttpHandler(method, prefix + "/*", unknown);
        }
    }

    /** Declares routes under one prefix, each answering in MLflow's shape. */
    private record Routes(Javalin app, String prefix) {
        void get(String path, MlflowHandler endpoint) {
            add(HandlerType.GET, path, endpoint);
        }

        void post(String path, MlflowHandler endpoint) {
            add(HandlerType.POST, path, endpoint);
        }

        void getAndPost(String path, MlflowHandler endpoint) {
            get(path, endpoint);
            post(path, endpoint);
        }

        void add(HandlerType method, String path, MlflowHandler endpoint) {
            app.addHttpHandler(method, prefix + "/" + path, context -> answer(context, endpoint));
        }
    }

    private static void answer(Context context, MlflowHandler endpoint) {
        try {
            write(context, 200, endpoint.handle(MlflowRequest.of(context)));
        } catch (PlatformException e) {
            String code = MlflowErrors.code(e.code());
            if (MlflowErrors.status(code) >= 500) {
                LOG.warn("MLflow request {} {} failed", context.method(), context.path(), e);
            }
            write(context, MlflowErrors.status(code), MlflowErrors.body(e));
        } catch (RuntimeException e) {
            LOG.error("MLflow request {} {} failed unexpectedly", context.method(), context.path(), e);
            write(context, 500, MlflowErrors.body("INTERNAL_ERROR", "The server failed on this request: " + e));
        }
    }

    private static void write(Context context, int status, Object body) {
        context.status(status).contentType("application/json").result(Json.write(body == null ? Map.of() : body));
    }
}
