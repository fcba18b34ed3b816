package io.sightline.app.workspace.scientist;

import io.sightline.app.task.FailureMessages;
import io.sightline.app.shell.Persona;
import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.LatestRequest;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.text.Figures;
import io.sightline.engine.api.CategoryCount;
import io.sightline.engine.api.ColumnProfile;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.DatasetPreview;
import io.sightline.engine.api.Datasets;
import io.sightline.engine.api.Histogram;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The datasets tab: the list of imported datasets, the selected one's columns and issues, the selected
 * column's distribution (histogram or top values) and quantiles, and a preview of the first rows.
 */
public final class DatasetsViewModel {
    static final int PREVIEW_ROWS = 20;
    static final String EMPTY_TEXT = "No datasets yet — upload a CSV in the " + Persona.ANALYST.title()
            + " workspace or with `sightline train`.";
    private static final List<String> QUANTILES = List.of("p5", "p25", "p50", "p75", "p95");

    private final Datasets datasets;
    private final TaskExecutor tasks;
    private final LatestRequest previewRequest;

    public DatasetsViewModel(Datasets datasets, TaskExecutor tasks) {
        this.datasets = Objects.requireNonNull(datasets);
        this.tasks = Objects.requireNonNull(tasks);
        this.previewRequest = new LatestRequest(tasks);
    }

    private final LoadStatus status = new LoadStatus("Loading datasets…", EMPTY_TEXT);

    public LoadStatus status() {
        return status;
    }

    private final TableRows<DatasetRow> rows = new TableRows<>();

    public ObservableList<DatasetRow> datasets() {
        return rows.readOnly();
    }

    private final ReadOnlyObjectWrapper<DatasetRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");

    public ReadOnlyObjectProperty<DatasetRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /** Rows, columns, size, import time and target of the selected dataset, in one line. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private final ObservableList<IssueLine> issues = FXCollections.observableArrayList();
    private final ObservableList<IssueLine> issuesReadOnly = FXCollections.unmodifiableObservableList(issues);

    /** Every issue found in the selected dataset, in plain words. */
    public ObservableList<IssueLine> issues() {
        return issuesReadOnly;
    }

    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final ObservableList<ColumnRow> columnsReadOnly = FXCollections.unmodifiableObservableList(columns);

    public ObservableList<ColumnRow> columns() {
        return columnsReadOnly;
    }

    private final ReadOnlyObjectWrapper<ColumnRow> selectedColumn = new ReadOnlyObjectWrapper<>(this, "selectedColumn");

    public ReadOnlyObjectProperty<ColumnRow> selectedColumnProperty() {
        return selectedColumn.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<Histogram> histogram = new ReadOnlyObjectWrapper<>(this, "histogram");

    /** The selected column's bins when it holds numbers; null otherwise. */
    public ReadOnlyObjectProperty<Histogram> histogramProperty() {
        return histogram.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<List<CategoryCount>> categories =
            new ReadOnlyObjectWrapper<>(this, "categories", List.of());

    /** The selected column's most frequent values when it has no histogram. */
    public ReadOnlyObjectProperty<List<CategoryCount>> categoriesProperty() {
        return categories.getReadOnlyProperty();
    }

    private final ObservableList<Figure> columnFigures = FXCollections.observableArrayList();
    private final ObservableList<Figure> columnFiguresReadOnly = FXCollections.unmodifiableObservableList(columnFigures);

    /** Counts, statistics and quantiles of the selected column. */
    public ObservableList<Figure> columnFigures() {
        return columnFiguresReadOnly;
    }

    private final ObservableList<IssueLine> columnIssues = FXCollections.observableArrayList();
    private final ObservableList<IssueLine> columnIssuesReadOnly = FXCollections.unmodifiableObservableList(columnIssues);

    /** The issues that concern the selected column. */
    public ObservableList<IssueLine> columnIssues() {
        return columnIssuesReadOnly;
    }

    private final ObservableList<String> previewColumns = FXCollections.observableArrayList();
    private final ObservableList<String> previewColumnsReadOnly = FXCollections.unmodifiableObservableList(previewColumns);

    public ObservableList<String> previewColumns() {
        return previewColumnsReadOnly;
    }

    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRowsReadOnly = FXCollections.unmodifiableObservableList(previewRows);

    public ObservableList<List<String>> previewRows() {
        return previewRowsReadOnly;
    }

    private final ReadOnlyStringWrapper previewError = new ReadOnlyStringWrapper(this, "previewError", "");

    public ReadOnlyStringProperty previewErrorProperty() {
        return previewError.getReadOnlyProperty();
    }

    public void reload() {
        reload(() -> { });
    }

    /** Fetches the datasets again, keeping the selection when the selected dataset is still there. */
    public void reload(Runnable whenDone) {
        status.started();
        tasks.execute(BackgroundTask.of(datasets::datasets)
                .onSuccess(this::show)
                .onFailure(failure -> status.failed(failure, "loading the datasets"))
                .onFinished(whenDone));
    }

    private void show(List<DatasetInfo> infos) {
        List<DatasetRow> rows = infos.stream().map(DatasetRow::of).toList();
        String selectedId = selected.get() == null ? null : selected.get().id();
        this.rows.replace(rows);
        status.loaded(rows.isEmpty());
        select(rows.stream().filter(r -> r.id().equals(selectedId)).findFirst().orElse(null));
    }

    /** Shows the details of {@code row}; null clears them. */
    public void select(DatasetRow row) {
        if (rows.replacing()) {
            return;
        }
        DatasetRow before = selected.get();
        if (Objects.equals(before, row)) {
            return;
        }
        boolean sameDataset = before != null && row != null && before.id().equals(row.id());
        String columnName = selectedColumn.get() == null ? null : selectedColumn.get().name();
        selected.set(row);
        if (row == null) {
            previewRequest.cancel();
            summary.set("");
            issues.clear();
            columns.clear();
            selectColumn(null);
            previewColumns.clear();
            previewRows.clear();
            previewError.set("");
            return;
        }
        DatasetInfo info = row.info();
        summary.set(Figures.count(info.rows()) + " rows · " + Figures.count(info.columns().size()) + " columns · "
                + Figures.size(info.sizeBytes()) + " · imported " + Figures.dateTime(info.importedAt())
                + (info.defaultTarget() == null ? "" : " · target " + info.defaultTarget()));
        issues.setAll(info.issues().stream().map(IssueLine::of).toList());
        List<ColumnRow> columnRows = info.columns().stream().map(ColumnRow::of).toList();
        columns.setAll(columnRows);
        selectColumn(columnRows.stream().filter(c -> c.name().equals(columnName)).findFirst()
                .orElse(columnRows.isEmpty() ? null : columnRows.get(0)));
        if (!sameDataset) {
            loadPreview(info.id());
        }
    }

    private void loadPreview(String datasetId) {
        previewError.set("");
        previewColumns.clear();
        previewRows.clear();
        previewRequest.submit(BackgroundTask.of(() -> datasets.preview(datasetId, PREVIEW_ROWS))
                .onSuccess(this::showPreview)
                .onFailure(failure -> previewError.set(FailureMessages.plain(failure, "loading the first rows"))));
    }

    private void showPreview(DatasetPreview preview) {
        previewColumns.setAll(preview.columns());
        previewRows.setAll(preview.rows());
    }

    /** Shows the distribution, statistics and issues of one column; null clears them. */
    public void selectColumn(ColumnRow column) {
        selectedColumn.set(column);
        columnFigures.clear();
        columnIssues.clear();
        if (column == null) {
            histogram.set(null);
            categories.set(List.of());
            return;
        }
        ColumnProfile profile = column.profile();
        histogram.set(profile.histogram());
        categories.set(profile.histogram() == null ? profile.topCategories() : List.of());
        columnFigures.setAll(figures(profile));
        DatasetRow dataset = selected.get();
        if (dataset != null) {
            columnIssues.setAll(dataset.info().issues().stream()
                    .filter(issue -> profile.name().equals(issue.column())).map(IssueLine::of).toList());
        }
    }

    private static List<Figure> figures(ColumnProfile profile) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("values", Figures.count(profile.count())));
        figures.add(new Figure("missing", Figures.count(profile.missing()) + " (" + Figures.percent(profile.missingFraction()) + ")"));
        figures.add(new Figure("distinct", Figures.count(profile.distinct())));
        if (profile.mean() != null) {
            figures.add(new Figure("mean", Figures.number(profile.mean())));
            figures.add(new Figure("std", Figures.number(profile.std())));
            figures.add(new Figure("min", Figures.number(profile.min())));
            figures.add(new Figure("max", Figures.number(profile.max())));
        }
        Map<String, Double> quantiles = profile.quantiles();
        for (String name : QUANTILES) {
            if (quantiles.containsKey(name)) {
                figures.add(new Figure(name, Figures.number(quantiles.get(name))));
            }
        }
        return figures;
    }
}
