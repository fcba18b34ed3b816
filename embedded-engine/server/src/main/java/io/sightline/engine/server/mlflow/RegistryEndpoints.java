package io.sightline.engine.server.mlflow;

import io.sightline.engine.api.Stage;
import io.sightline.engine.search.SearchPage;
import io.sightline.engine.registry.ModelCatalog;
import io.sightline.engine.registry.ModelDetail;
import io.sightline.engine.registry.NewVersion;
import io.sightline.engine.registry.StageNames;
import io.sightline.engine.registry.VersionDetail;
import java.util.List;
import java.util.Map;

/** {@code registered-models/*} and {@code model-versions/*}: the model registry, its versions and aliases. */
final class RegistryEndpoints {
    static final int MODEL_SEARCH_DEFAULT = 100;
    static final int MODEL_SEARCH_MAXIMUM = 1000;
    static final int VERSION_SEARCH_DEFAULT = 10_000;
    static final int VERSION_SEARCH_MAXIMUM = 200_000;

    private final ModelCatalog catalog;

    RegistryEndpoints(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    // ---- registered models

    Object createModel(MlflowRequest request) {
        return model(catalog.createModel(request.requiredText("name"), request.text("description"),
                ExperimentEndpoints.tags(request.objects("tags"))));
    }

    Object getModel(MlflowRequest request) {
        return model(catalog.model(request.requiredText("name")));
    }

    Object renameModel(MlflowRequest request) {
        return model(catalog.renameModel(request.requiredText("name"), request.requiredText("new_name")));
    }

    Object updateModel(MlflowRequest request) {
        return model(catalog.describeModel(request.requiredText("name"), request.text("description")));
    }

    Object deleteModel(MlflowRequest request) {
        catalog.deleteModel(request.requiredText("name"));
        return Map.of();
    }

    Object searchModels(MlflowRequest request) {
        return MlflowJson.page("registered_models", catalog.searchModels(request.text("filter"),
                request.texts("order_by"), SearchPage.limit(request.int64("max_results"), MODEL_SEARCH_DEFAULT,
                        MODEL_SEARCH_MAXIMUM), request.text("page_token")), MlflowJson::registeredModel);
    }

    Object latestVersions(MlflowRequest request) {
        List<Stage> stages = request.texts("stages").stream().map(StageNames::parse).toList();
        return MlflowJson.single("model_versions", catalog.latestVersions(request.requiredText("name"), stages)
                .stream().map(MlflowJson::modelVersion).toList());
    }

    Object setModelTag(MlflowRequest request) {
        catalog.setModelTag(request.requiredText("name"), request.requiredText("key"), request.value());
        return Map.of();
    }

    Object deleteModelTag(MlflowRequest request) {
        catalog.deleteModelTag(request.requiredText("name"), request.requiredText("key"));
        return Map.of();
    }

    Object setAlias(MlflowRequest request) {
        catalog.setAlias(request.requiredText("name"), request.requiredText("alias"), request.version());
        return Map.of();
    }

    Object deleteAlias(MlflowRequest request) {
        catalog.deleteAlias(request.requiredText("name"), request.requiredText("alias"));
        return Map.of();
    }

    Object versionByAlias(MlflowRequest request) {
        return version(catalog.versionByAlias(request.requiredText("name"), request.requiredText("alias")));
    }

    // ---- model versions

    Object createVersion(MlflowRequest request) {
        return version(catalog.createVersion(new NewVersion(request.requiredText("name"), request.text("source"),
                request.text("run_id"), request.text("run_link"), request.text("description"),
                ExperimentEndpoints.tags(request.objects("tags")))));
    }

    Object getVersion(MlflowRequest request) {
        return version(catalog.version(request.requiredText("name"), request.version()));
    }

    Object updateVersion(MlflowRequest request) {
        return version(catalog.describeVersion(request.requiredText("name"), request.version(),
                request.text("description")));
    }

    Object deleteVersion(MlflowRequest request) {
        catalog.deleteVersion(request.requiredText("name"), request.version());
        return Map.of();
    }

    Object searchVersions(MlflowRequest request) {
        return MlflowJson.page("model_versions", catalog.searchVersions(request.text("filter"),
                request.texts("order_by"), SearchPage.limit(request.int64("max_results"), VERSION_SEARCH_DEFAULT,
                        VERSION_SEARCH_MAXIMUM), request.text("page_token")), MlflowJson::modelVersion);
    }

    Object transitionStage(MlflowRequest request) {
        return version(catalog.transition(request.requiredText("name"), request.version(),
                StageNames.parse(request.requiredText("stage")), request.bool("archive_existing_versions")));
    }

    Object downloadUri(MlflowRequest request) {
        return MlflowJson.single("artifact_uri", catalog.downloadUri(request.requiredText("name"), request.version()));
    }

    Object setVersionTag(MlflowRequest request) {
        catalog.setVersionTag(request.requiredText("name"), request.version(), request.requiredText("key"),
                request.value());
        return Map.of();
    }

    Object deleteVersionTag(MlflowRequest request) {
        catalog.deleteVersionTag(request.requiredText("name"), request.version(), request.requiredText("key"));
        return Map.of();
    }

    private static Object model(ModelDetail detail) {
        return MlflowJson.single("registered_model", MlflowJson.registeredModel(detail));
    }

    private static Object version(VersionDetail detail) {
        return MlflowJson.single("model_version", MlflowJson.modelVersion(detail));
    }
}
