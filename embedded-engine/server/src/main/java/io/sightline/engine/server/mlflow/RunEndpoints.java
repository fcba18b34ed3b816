package io.sightline.engine.server.mlflow;

import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RunStatus;
import io.sightline.engine.search.SearchPage;
import io.sightline.engine.track.KeyValue;
import io.sightline.engine.track.MetricPoint;
import io.sightline.engine.track.NewRun;
import io.sightline.engine.track.RunBatch;
import io.sightline.engine.track.RunQuery;
import io.sightline.engine.track.Tracking;
import io.sightline.engine.track.ViewType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code runs/*} and {@code metrics/get-history}: start, read, update, search, delete and log to runs. */
final class RunEndpoints {
    static final int SEARCH_DEFAULT = 1000;
    static final int SEARCH_MAXIMUM = 50_000;
    static final int HISTORY_DEFAULT = 25_000;
    static final int HISTORY_MAXIMUM = 25_000;
    private static final String MODEL_HISTORY_TAG = "mlflow.log-model.history";

    private final Tracking tracking;

    RunEndpoints(Tracking tracking) {
        this.tracking = tracking;
    }

    Object create(MlflowRequest request) {
        Long start = request.int64("start_time");
        NewRun run = new NewRun(request.text("experiment_id"), request.text("user_id"), request.text("run_name"),
                start == null ? null : Instant.ofEpochMilli(start), keyValues(request.objects("tags")));
        return MlflowJson.single("run", MlflowJson.run(tracking.createRun(run)));
    }

    Object get(MlflowRequest request) {
        return MlflowJson.single("run", MlflowJson.run(tracking.run(request.runId())));
    }

    Object update(MlflowRequest request) {
        String status = request.text("status");
        Long end = request.int64("end_time");
        return MlflowJson.single("run_info", MlflowJson.runInfo(tracking.updateRun(request.runId(),
                status == null || status.isEmpty() ? null : status(status),
                end == null ? null : Instant.ofEpochMilli(end), request.text("run_name"))));
    }

    Object delete(MlflowRequest request) {
        tracking.deleteRun(request.runId());
        return Map.of();
    }

    Object restore(MlflowRequest request) {
        tracking.restoreRun(request.runId());
        return Map.of();
    }

    Object search(MlflowRequest request) {
        RunQuery query = new RunQuery(request.texts("experiment_ids"), request.text("filter"),
                ViewType.of(request.text("run_view_type")), request.texts("order_by"),
                SearchPage.limit(request.int64("max_results"), SEARCH_DEFAULT, SEARCH_MAXIMUM), request.text("page_token"));
        return MlflowJson.page("runs", tracking.searchRuns(query), MlflowJson::run);
    }

    Object logMetric(MlflowRequest request) {
        tracking.log(request.runId(), RunBatch.ofMetric(metric(request)));
        return Map.of();
    }

    Object logParameter(MlflowRequest request) {
        tracking.log(request.runId(), RunBatch.ofParam(keyValue(request)));
        return Map.of();
    }

    Object setTag(MlflowRequest request) {
        tracking.log(request.runId(), RunBatch.ofTag(keyValue(request)));
        return Map.of();
    }

    Object deleteTag(MlflowRequest request) {
        tracking.deleteTag(request.runId(), request.requiredText("key"));
        return Map.of();
    }

    Object logBatch(MlflowRequest request) {
        RunBatch batch = new RunBatch(request.objects("metrics").stream().map(RunEndpoints::metric).toList(),
                keyValues(request.objects("params")), keyValues(request.objects("tags")));
        tracking.log(request.runId(), batch);
        return Map.of();
    }

    /** Records a logged model's description in the run's model history tag, as MLflow's server does. */
    Object logModel(MlflowRequest request) {
        String runId = request.runId();
        String model = request.requiredText("model_json");
        String history = tracking.run(runId).info().tags().get(MODEL_HISTORY_TAG);
        String updated = history == null || history.length() < 2 ? "[" + model + "]"
                : history.substring(0, history.length() - 1) + ", " + model + "]";
        tracking.log(runId, RunBatch.ofTag(new KeyValue(MODEL_HISTORY_TAG, updated)));
        return Map.of();
    }

    Object metricHistory(MlflowRequest request) {
        return MlflowJson.page("metrics", tracking.metricHistory(request.runId(), request.requiredText("metric_key"),
                SearchPage.limit(request.int64("max_results"), HISTORY_DEFAULT, HISTORY_MAXIMUM),
                request.text("page_token")), MlflowJson::metric);
    }

    private static MetricPoint metric(MlflowRequest item) {
        return new MetricPoint(item.requiredText("key"), item.requiredDouble("value"),
                item.requiredInt64("timestamp"), item.int64("step") == null ? 0 : item.int64("step"));
    }

    private static KeyValue keyValue(MlflowRequest item) {
        return new KeyValue(item.requiredText("key"), item.value());
    }

    private static List<KeyValue> keyValues(List<MlflowRequest> items) {
        return items.stream().map(RunEndpoints::keyValue).toList();
    }

    private static RunStatus status(String name) {
        try {
            return RunStatus.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("Invalid run status '" + name
                    + "': use RUNNING, SCHEDULED, FINISHED, FAILED or KILLED.");
        }
    }
}
