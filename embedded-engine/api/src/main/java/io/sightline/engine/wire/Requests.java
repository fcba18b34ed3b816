package io.sightline.engine.wire;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.FlowStart;
import io.sightline.engine.api.ModelFormat;
import io.sightline.engine.api.ModelImport;
import io.sightline.engine.api.NotificationChannel;
import io.sightline.engine.api.NotificationSettings;
import io.sightline.engine.api.Stage;
import io.sightline.engine.api.StrategySpec;
import io.sightline.engine.api.TrafficPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The JSON bodies of the calls that take more than a path and a query. */
public final class Requests {
    private Requests() {
    }

    /** {@code PUT /deployments/{name}}: serve this model version under that name. */
    public record Deploy(String model, int version) {
    }

    /**
     * {@code POST /model-imports}: a {@link ModelImport} whose files are named as text, the ids of files uploaded
     * with {@code POST /model-files} (a path would be read as one on the server's machine).
     */
    public record ImportModel(String model, String file, ModelFormat format, String datasetId, String target,
                              List<String> inputColumns, List<String> labels, String expectedOutputs,
                              boolean register) {
        public static ImportModel of(ModelImport request) {
            return new ImportModel(request.model(), request.file().toString(), request.format(), request.datasetId(),
                    request.target(), request.inputColumns(), request.labels(),
                    request.expectedOutputs() == null ? null : request.expectedOutputs().toString(), request.register());
        }

        public ModelImport toImport() {
            return new ModelImport(model, file == null ? null : Path.of(file), format, datasetId, target, inputColumns,
                    labels, expectedOutputs == null ? null : Path.of(expectedOutputs), register);
        }
    }

    /** {@code POST /model-files}: the id of the file uploaded, for a {@link ModelImport} to name. */
    public record UploadedFile(String id) {
    }

    /** {@code PUT /models/{name}/versions/{version}/stage}. */
    public record StageChange(Stage stage) {
    }

    /** {@code PUT /models/{name}/project}: move the model into this project. */
    public record ProjectChange(String project) {
    }

    /** {@code POST /datasets/{id}/target-analysis}. */
    public record TargetQuery(String target, Map<String, ColumnType> typeOverrides) {
        public TargetQuery {
            typeOverrides = typeOverrides == null ? Map.of() : Map.copyOf(typeOverrides);
        }
    }

    /** {@code POST /deployments/{name}/outcomes} answers how many outcomes matched a logged prediction. */
    public record OutcomesMatched(int matched) {
    }

    /** {@code POST /deployments/{name}/retraining}: train a challenger on the outcomes of this window. */
    public record Retrain(Duration window) {
    }

    /** {@code PUT /strategies/{id}/enabled}. */
    public record Enable(boolean enabled) {
    }

    /** {@code POST /deployments/{name}/backtests}: what a strategy would have done over a window. */
    public record Backtest(StrategySpec spec, Duration window, String entityColumn) {
    }

    /**
     * {@code POST /deployments/{name}/strategies} with a rule written as a sentence instead of a
     * {@link StrategySpec}: read against the inputs of the model the deployment serves. Without a name, the
     * rule is named by what it was read as.
     */
    public record StrategySentence(String sentence, String name) {
    }

    /** {@code POST /deployments/{name}/backtests} with the rule written as a sentence. */
    public record SentenceBacktest(String sentence, String name, Duration window, String entityColumn) {
    }

    /**
     * {@code PUT /deployments/{name}/policy}: serve under this policy from now on, for this reason. {@code by} is
     * kept only when the request is not authenticated; otherwise the token's user is recorded.
     */
    public record PolicyChange(TrafficPolicy policy, String by, String reason) {
    }

    /** {@code POST /deployments/{name}/rollback}: put back the version served before, for this reason. */
    public record Rollback(String reason, String by) {
    }

    /** {@code PUT /deployments/{name}/serving-limits}: serve within these limits from now on, as {@code by}, because. */
    public record ServingLimitsChange(io.sightline.engine.api.ServingLimits limits, String by, String reason) {
    }

    /** {@code POST /deployments/{name}/capacity-tests}: start a load test with this plan, as {@code by}. */
    public record CapacityTestStart(io.sightline.engine.api.CapacityPlan plan, String by) {
    }

    /**
     * {@code POST /flows}: start this flow. {@code by} is kept only when the request is not authenticated;
     * otherwise the token's user is the starter, and so cannot approve the flow.
     */
    public record FlowLaunch(FlowStart start, String by) {
    }

    /**
     * {@code POST /flows/{id}/...}: approve or reject a step, pause, resume or abort a flow, for this reason (where
     * one is wanted). {@code by} is kept only when the request is not authenticated; otherwise the token's user
     * decides, so that a token cannot approve its own flow in another person's name.
     */
    public record FlowChange(String reason, String by) {
    }

    /** {@code POST /notification-settings/trials}: send a test message through this channel of these settings. */
    public record NotificationTest(NotificationChannel channel, NotificationSettings settings) {
    }

    /** {@code GET /events/latest}. */
    public record LatestEvent(long id) {
    }
}
