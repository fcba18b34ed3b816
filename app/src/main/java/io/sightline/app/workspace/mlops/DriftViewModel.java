package io.sightline.app.workspace.mlops;

import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.FailureMessages;
import io.sightline.app.task.LatestRequest;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.text.Figures;
import io.sightline.app.workspace.RecentPeriod;
import io.sightline.engine.api.ColumnProfile;
import io.sightline.engine.api.Datasets;
import io.sightline.engine.api.DriftReport;
import io.sightline.engine.api.FeatureDrift;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.Monitoring;
import io.sightline.engine.api.Predictions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Drift of the chosen deployment over the chosen window: each input's test and distance, whether the dataset and
 * the predictions drift, and for the input chosen its reference and current values side by side. The reference
 * is the training data's profile of the version served; the current values are counted from the logged
 * predictions of the window (the newest {@value #CURRENT_ROWS} at most), in the reference's bins.
 */
public final class DriftViewModel {
    /** The column the drift report gives for the predictions themselves. */
    static final String PREDICTION_COLUMN = "(prediction)";
    /** The most logged predictions read to draw an input's current values. */
    static final int CURRENT_ROWS = 5_000;

    private final Monitoring monitoring;
    private final Datasets datasets;
    private final Predictions predictions;
    private final LatestRequest reports;
    private final LatestRequest comparisons;
    private DeploymentModel model;

    public <P extends Monitoring & Datasets & Predictions> DriftViewModel(P platform, TaskExecutor tasks) {
        this.monitoring = Objects.requireNonNull(platform);
        this.datasets = platform;
        this.predictions = platform;
        this.reports = new LatestRequest(tasks);
        this.comparisons = new LatestRequest(tasks);
        window.addListener((obs, old, now) -> reload());
        column.addListener((obs, old, now) -> compare(now));
    }

    private final ObjectProperty<RecentPeriod> window = new SimpleObjectProperty<>(this, "window", RecentPeriod.ONE_HOUR);

    /** The recent time whose inputs are compared with the reference. */
    public ObjectProperty<RecentPeriod> windowProperty() {
        return window;
    }

    private final ReadOnlyObjectWrapper<DriftReport> report = new ReadOnlyObjectWrapper<>(this, "report");

    public ReadOnlyObjectProperty<DriftReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    private final ObservableList<DriftRow> inputs = FXCollections.observableArrayList();

    /** Each input's drift, those that drift first. */
    public ObservableList<DriftRow> inputs() {
        return FXCollections.unmodifiableObservableList(inputs);
    }

    private final ReadOnlyStringWrapper datasetVerdict = new ReadOnlyStringWrapper(this, "datasetVerdict", "");

    /** Whether the inputs as a whole drift, with the share that does. */
    public ReadOnlyStringProperty datasetVerdictProperty() {
        return datasetVerdict.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper predictionVerdict = new ReadOnlyStringWrapper(this, "predictionVerdict", "");

    /** Whether the predictions drift, by which test. */
    public ReadOnlyStringProperty predictionVerdictProperty() {
        return predictionVerdict.getReadOnlyProperty();
    }

    private final ObjectProperty<String> column = new SimpleObjectProperty<>(this, "column");

    /** The input whose values are drawn; null draws none. */
    public ObjectProperty<String> columnProperty() {
        return column;
    }

    private final ReadOnlyObjectWrapper<ColumnComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");

    public ReadOnlyObjectProperty<ColumnComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Shows the drift of {@code deployment}; null shows none. */
    public void show(DeploymentModel deployment) {
        boolean other = model == null || deployment == null || !model.name().equals(deployment.name());
        model = deployment;
        if (other) {
            column.set(null);
            reload();
        }
    }

    /** Reads the drift report again, for the chosen deployment and window. */
    public void reload() {
        report.set(null);
        inputs.clear();
        datasetVerdict.set("");
        predictionVerdict.set("");
        error.set("");
        if (model == null) {
            reports.cancel();
            return;
        }
        String name = model.name();
        RecentPeriod span = window.get();
        reports.submit(BackgroundTask.of(() -> monitoring.drift(name, span.duration()))
                .onSuccess(this::showReport)
                .onFailure(failure -> error.set(FailureMessages.plain(failure, "reading the drift of " + name))));
    }

    private void showReport(DriftReport drift) {
        report.set(drift);
        List<FeatureDrift> columns = drift.features().stream().filter(f -> !PREDICTION_COLUMN.equals(f.column()))
                .sorted((a, b) -> Boolean.compare(b.drifted(), a.drifted())).toList();
        inputs.setAll(columns.stream().map(DriftRow::new).toList());
        long drifting = columns.stream().filter(FeatureDrift::drifted).count();
        datasetVerdict.set((drift.datasetDrift() ? "The inputs drift: " : "The inputs hold: ") + drifting + " of "
                + columns.size() + " drift (" + Figures.percent(drift.driftShare()) + "; the dataset drifts from "
                + Figures.percent(drift.driftShareThreshold()) + "). " + Figures.count(drift.currentRows())
                + " rows of the " + window.get().words() + " against " + Figures.count(drift.referenceRows())
                + " of the reference.");
        predictionVerdict.set(drift.features().stream().filter(f -> PREDICTION_COLUMN.equals(f.column())).findFirst()
                .map(p -> (p.drifted() ? "The predictions drift" : "The predictions hold") + ": "
                        + new DriftRow(p).test().toLowerCase() + " " + new DriftRow(p).score() + ".")
                .orElse("No prediction drift in this report."));
        if (column.get() == null && !columns.isEmpty()) {
            column.set(columns.get(0).column());
        } else {
            compare(column.get());
        }
    }

    private void compare(String name) {
        comparison.set(null);
        DriftReport drift = report.get();
        if (name == null || drift == null || model == null) {
            comparisons.cancel();
            return;
        }
        Optional<ModelVersion> version = model.version(drift.model().version());
        if (version.isEmpty()) {
            return;
        }
        String datasetId = version.get().datasetId();
        comparisons.submit(BackgroundTask.of(() -> comparison(name, datasetId, drift))
                .onSuccess(comparison::set)
                .onFailure(failure -> error.set(FailureMessages.plain(failure, "reading the values of " + name))));
    }

    private ColumnComparison comparison(String name, String datasetId, DriftReport drift) {
        ColumnProfile reference = datasets.dataset(datasetId).column(name);
        List<String> values = predictions.recentPredictions(drift.deployment(), CURRENT_ROWS).stream()
                .filter(p -> !p.at().isBefore(drift.from()) && p.at().isBefore(drift.to()))
                .map(LoggedPrediction::inputs).map(inputs -> inputs.get(name))
                .filter(v -> v != null && !v.isBlank()).toList();
        String counted = Figures.count(values.size()) + " logged rows of the window"
                + (drift.currentRows() > values.size() ? " (the newest; the window has " + Figures.count(drift.currentRows()) + ")" : "");
        if (reference.histogram() != null) {
            List<Double> numbers = values.stream().map(DriftViewModel::parsed).filter(Objects::nonNull).toList();
            List<Double> edges = reference.histogram().edges();
            long outside = CurrentValues.outside(edges, numbers);
            return new ColumnComparison(name, reference.histogram(), List.of(), CurrentValues.binned(edges, numbers),
                    List.of(), counted + (outside == 0 ? "" : "; " + Figures.count(outside) + " outside the reference's range"));
        }
        return new ColumnComparison(name, null, reference.topCategories(), null,
                CurrentValues.counted(reference.topCategories(), values), counted);
    }

    private static Double parsed(String text) {
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
