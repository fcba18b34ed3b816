package io.sightline.engine.server.mlflow;

import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.RegisteredModel;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.search.SearchPage;
import io.sightline.engine.registry.ModelDetail;
import io.sightline.engine.registry.StageNames;
import io.sightline.engine.registry.VersionDetail;
import io.sightline.engine.track.Experiment;
import io.sightline.engine.track.MetricPoint;
import io.sightline.engine.track.TrackedRun;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The platform's records as MLflow's protobuf messages in JSON, with MLflow's field names; nulls left out. */
final class MlflowJson {
    private MlflowJson() {
    }

    /** A JSON object built field by field, leaving out null values. */
    static final class Message {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        Message put(String name, Object value) {
            if (value != null) {
                fields.put(name, value);
            }
            return this;
        }

        Map<String, Object> fields() {
            return fields;
        }
    }

    static Message message() {
        return new Message();
    }

    /** {@code {"<name>": value}}. */
    static Map<String, Object> single(String name, Object value) {
        return message().put(name, value).fields();
    }

    /** {@code {"<name>": [items…], "next_page_token": "…"}}. */
    static <T> Map<String, Object> page(String name, SearchPage<T> page, Function<T, Object> item) {
        return message().put(name, page.items().stream().map(item).toList())
                .put("next_page_token", page.nextPageToken()).fields();
    }

    static Map<String, Object> experiment(Experiment experiment) {
        return message()
                .put("experiment_id", experiment.id())
                .put("name", experiment.name())
                .put("artifact_location", experiment.artifactLocation())
                .put("lifecycle_stage", experiment.lifecycleStage().word())
                .put("last_update_time", millis(experiment.updatedAt()))
                .put("creation_time", millis(experiment.createdAt()))
                .put("tags", keyValues(experiment.tags()))
                .fields();
    }

    static Map<String, Object> run(TrackedRun run) {
        return message()
                .put("info", runInfo(run))
                .put("data", message()
                        .put("metrics", run.latestMetrics().stream().map(MlflowJson::metric).toList())
                        .put("params", keyValues(run.info().params()))
                        .put("tags", keyValues(run.info().tags()))
                        .fields())
                .put("inputs", Map.of())
                .fields();
    }

    static Map<String, Object> runInfo(TrackedRun run) {
        RunInfo info = run.info();
        return message()
                .put("run_id", run.id())
                .put("run_uuid", run.id())
                .put("run_name", run.name())
                .put("experiment_id", run.experimentId())
                .put("user_id", run.userId() == null ? "" : run.userId())
                .put("status", info.status().name())
                .put("start_time", millis(info.startedAt()))
                .put("end_time", millis(info.finishedAt()))
                .put("artifact_uri", run.artifactUri())
                .put("lifecycle_stage", run.lifecycleStage().word())
                .fields();
    }

    static Map<String, Object> metric(MetricPoint point) {
        return message()
                .put("key", point.key())
                .put("value", point.value())
                .put("timestamp", point.timestampMillis())
                .put("step", point.step())
                .fields();
    }

    static Map<String, Object> registeredModel(ModelDetail detail) {
        RegisteredModel model = detail.model();
        return message()
                .put("name", model.name())
                .put("creation_timestamp", millis(model.createdAt()))
                .put("last_updated_timestamp", millis(model.updatedAt()))
                .put("description", model.description())
                .put("latest_versions", detail.latestVersions().stream().map(MlflowJson::modelVersion).toList())
                .put("tags", keyValues(detail.tags()))
                .put("aliases", detail.aliases().entrySet().stream()
                        .map(alias -> message().put("alias", alias.getKey())
                                .put("version", String.valueOf(alias.getValue())).fields())
                        .toList())
                .fields();
    }

    static Map<String, Object> modelVersion(VersionDetail detail) {
        ModelVersion version = detail.version();
        return message()
                .put("name", version.model())
                .put("version", String.valueOf(version.version()))
                .put("creation_timestamp", millis(version.createdAt()))
                .put("last_updated_timestamp", millis(detail.updatedAt()))
                .put("current_stage", StageNames.of(version.stage()))
                .put("description", detail.description() == null ? "" : detail.description())
                .put("source", detail.source())
                .put("run_id", version.runId())
                .put("run_link", detail.runLink())
                .put("status", "READY")
                .put("tags", keyValues(detail.tags()))
                .put("aliases", detail.aliases())
                .fields();
    }

    /** A map as MLflow's repeated {@code {"key": …, "value": …}} messages, sorted by key. */
    static List<Map<String, Object>> keyValues(Map<String, String> values) {
        return new TreeMap<>(values).entrySet().stream()
                .map(entry -> message().put("key", entry.getKey()).put("value", entry.getValue()).fields())
                .toList();
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
