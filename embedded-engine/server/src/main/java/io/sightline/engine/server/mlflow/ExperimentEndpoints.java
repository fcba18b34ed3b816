package io.sightline.engine.server.mlflow;

import io.sightline.engine.search.SearchPage;
import io.sightline.engine.track.Tracking;
import io.sightline.engine.track.ViewType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code experiments/*}: create, get, get-by-name, search, update (rename), delete, restore, set a tag. */
final class ExperimentEndpoints {
    static final int SEARCH_DEFAULT = 1000;
    static final int SEARCH_MAXIMUM = 50_000;

    private final Tracking tracking;

    ExperimentEndpoints(Tracking tracking) {
        this.tracking = tracking;
    }

    Object create(MlflowRequest request) {
        String name = request.requiredText("name");
        return MlflowJson.single("experiment_id", tracking.createExperiment(name,
                request.text("artifact_location"), tags(request.objects("tags"))).id());
    }

    Object get(MlflowRequest request) {
        return MlflowJson.single("experiment",
                MlflowJson.experiment(tracking.experiment(request.requiredText("experiment_id"))));
    }

    Object getByName(MlflowRequest request) {
        return MlflowJson.single("experiment",
                MlflowJson.experiment(tracking.experimentByName(request.requiredText("experiment_name"))));
    }

    Object search(MlflowRequest request) {
        return MlflowJson.page("experiments", tracking.searchExperiments(request.text("filter"),
                ViewType.of(request.text("view_type")), request.texts("order_by"),
                SearchPage.limit(request.int64("max_results"), SEARCH_DEFAULT, SEARCH_MAXIMUM), request.text("page_token")),
                MlflowJson::experiment);
    }

    Object update(MlflowRequest request) {
        tracking.renameExperiment(request.requiredText("experiment_id"), request.requiredText("new_name"));
        return Map.of();
    }

    Object delete(MlflowRequest request) {
        tracking.deleteExperiment(request.requiredText("experiment_id"));
        return Map.of();
    }

    Object restore(MlflowRequest request) {
        tracking.restoreExperiment(request.requiredText("experiment_id"));
        return Map.of();
    }

    Object setTag(MlflowRequest request) {
        tracking.setExperimentTag(request.requiredText("experiment_id"), request.requiredText("key"),
                request.value());
        return Map.of();
    }

    /** Repeated {@code {"key", "value"}} messages as a map; a later value of a key wins. */
    static Map<String, String> tags(List<MlflowRequest> items) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (MlflowRequest item : items) {
            tags.put(item.requiredText("key"), item.text("value") == null ? "" : item.text("value"));
        }
        return tags;
    }
}
