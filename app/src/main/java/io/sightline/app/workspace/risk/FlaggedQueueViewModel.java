package io.sightline.app.workspace.risk;

import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.text.Figures;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.Predictions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The queue of recent flagged predictions of the chosen deployment — predicted as fraud, or sent to review or
 * blocked by a strategy — grouped by seller when the predictions carry a seller column, sellers with most
 * flags first. Selecting one loads, off the UI thread, the reasons for its score from the engine's explanation
 * of its logged inputs.
 */
public final class FlaggedQueueViewModel {
    /** How many of the newest predictions the queue looks through. */
    public static final int LOOKED_AT = 1_000;

    /** One load: the groups, the seller column found (or null), and how many predictions were looked at. */
    record Queue(List<SellerGroup> groups, String sellerColumn, int lookedAt, int flagged) {
    }

    private final Predictions predictions;
    private final TaskExecutor tasks;
    private DeploymentFacts facts;

    public FlaggedQueueViewModel(Predictions predictions, TaskExecutor tasks) {
        this.predictions = Objects.requireNonNull(predictions);
        this.tasks = Objects.requireNonNull(tasks);
    }

    private final ObservableList<SellerGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<SellerGroup> groupsReadOnly = FXCollections.unmodifiableObservableList(groups);

    public ObservableList<SellerGroup> groups() {
        return groupsReadOnly;
    }

    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObservableList<String> reasonsReadOnly = FXCollections.unmodifiableObservableList(reasons);

    /** The reasons for the selected prediction's score, in plain words, the strongest first. */
    public ObservableList<String> reasons() {
        return reasonsReadOnly;
    }

    private final ReadOnlyStringWrapper sellerColumn = new ReadOnlyStringWrapper(this, "sellerColumn", "");

    /** The seller column the queue is grouped by; empty when the predictions carry none. */
    public ReadOnlyStringProperty sellerColumnProperty() {
        return sellerColumn.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<FlaggedItem> selected = new ReadOnlyObjectWrapper<>(this, "selected");

    public ReadOnlyObjectProperty<FlaggedItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper reasonsStatus = new ReadOnlyStringWrapper(this, "reasonsStatus", "");

    /** Loading, failure or "no reasons" for the selected prediction; empty while its reasons are shown. */
    public ReadOnlyStringProperty reasonsStatusProperty() {
        return reasonsStatus.getReadOnlyProperty();
    }

    /** Shows the queue of another deployment (null: none). */
    public void show(DeploymentFacts deploymentFacts) {
        facts = deploymentFacts;
        groups.clear();
        select(null);
        summary.set("");
        error.set("");
        reload();
    }

    public void reload() {
        DeploymentFacts shown = facts;
        if (shown == null) {
            return;
        }
        loading.set(true);
        tasks.execute(BackgroundTask.of(() -> queue(predictions.recentPredictions(shown.deployment(), LOOKED_AT),
                        shown.positiveLabel()))
                .onSuccess(queue -> {
                    if (shown == facts) {
                        showQueue(queue);
                    }
                })
                .onFailure(failure -> {
                    if (shown == facts) {
                        error.set(FailureMessages.plain(failure, "loading the flagged predictions"));
                    }
                })
                .onFinished(() -> loading.set(false)));
    }

    private void showQueue(Queue queue) {
        error.set("");
        sellerColumn.set(queue.sellerColumn() == null ? "" : queue.sellerColumn());
        groups.setAll(queue.groups());
        String by = queue.sellerColumn() == null ? "" : ", by " + queue.sellerColumn();
        summary.set(Figures.count(queue.flagged()) + " flagged among the " + Figures.count(queue.lookedAt())
                + " newest predictions" + by + ".");
        if (selected.get() != null && queue.groups().stream().flatMap(g -> g.items().stream())
                .noneMatch(i -> i.id().equals(selected.get().id()))) {
            select(null);
        }
    }

    /** Filters, groups and sorts off the UI thread. */
    static Queue queue(List<LoggedPrediction> predictions, String positiveLabel) {
        String seller = SellerColumn.find(predictions.stream().flatMap(p -> p.inputs().keySet().stream())
                .distinct().toList()).orElse(null);
        Map<String, List<FlaggedItem>> bySeller = new LinkedHashMap<>();
        int flagged = 0;
        for (LoggedPrediction prediction : predictions) {
            if (isFlagged(prediction, positiveLabel)) {
                FlaggedItem item = FlaggedItem.of(prediction, seller);
                bySeller.computeIfAbsent(item.seller(), k -> new ArrayList<>()).add(item);
                flagged++;
            }
        }
        List<SellerGroup> groups = new ArrayList<>();
        bySeller.forEach((who, items) -> {
            items.sort(Comparator.comparingDouble(FlaggedItem::scoreValue).reversed());
            groups.add(SellerGroup.of(who, items));
        });
        groups.sort(Comparator.comparingInt((SellerGroup g) -> g.items().size()).reversed()
                .thenComparing(Comparator.comparingDouble(SellerGroup::highestScore).reversed()));
        return new Queue(groups, seller, predictions.size(), flagged);
    }

    /** Predicted as the positive label, or not allowed by a strategy. */
    static boolean isFlagged(LoggedPrediction prediction, String positiveLabel) {
        Decision decision = prediction.decision();
        return decision == Decision.REVIEW || decision == Decision.BLOCK
                || (positiveLabel != null && positiveLabel.equals(prediction.output()));
    }

    /** Shows the reasons for {@code item}'s score, loaded in the background; null clears them. */
    public void select(FlaggedItem item) {
        if (Objects.equals(item, selected.get())) {
            return;
        }
        selected.set(item);
        reasons.clear();
        if (item == null || facts == null) {
            reasonsStatus.set("");
            return;
        }
        reasonsStatus.set("Reading the reasons for this score…");
        String deployment = facts.deployment();
        tasks.execute(BackgroundTask.of(() -> Reasons.of(predictions.explain(deployment, item.prediction().inputs())))
                .onSuccess(found -> {
                    if (item.equals(selected.get())) {
                        reasons.setAll(found);
                        reasonsStatus.set(found.isEmpty() ? "The engine found no input that moved this score." : "");
                    }
                })
                .onFailure(failure -> {
                    if (item.equals(selected.get())) {
                        reasonsStatus.set(FailureMessages.plain(failure, "explaining this score"));
                    }
                }));
    }
}
