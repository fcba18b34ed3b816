package io.sightline.app.workspace.scientist;

import io.sightline.app.task.BackgroundTask;
import io.sightline.app.task.LatestRequest;
import io.sightline.app.task.TaskExecutor;
import io.sightline.app.text.Figures;
import io.sightline.engine.api.RunFields;
import io.sightline.engine.api.RunScatter;
import io.sightline.engine.api.Runs;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Two metrics or parameters of the open experiment's runs plotted against each other, read by the engine from
 * the newest runs; when the experiment has more, the note says how many of how many are shown.
 */
public final class RunScatterViewModel {
    private final Runs runs;
    private final LatestRequest plots;
    private String experiment;

    public RunScatterViewModel(Runs runs, TaskExecutor tasks) {
        this.runs = Objects.requireNonNull(runs);
        this.plots = new LatestRequest(tasks);
    }

    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final ObservableList<String> choicesReadOnly = FXCollections.unmodifiableObservableList(choices);

    /** The fields that can be plotted: the experiment's metrics and parameters, then its start time. */
    public ObservableList<String> choices() {
        return choicesReadOnly;
    }

    private final ObjectProperty<String> x = new SimpleObjectProperty<>(this, "x");

    public ObjectProperty<String> xProperty() {
        return x;
    }

    private final ObjectProperty<String> y = new SimpleObjectProperty<>(this, "y");

    public ObjectProperty<String> yProperty() {
        return y;
    }

    private final ReadOnlyObjectWrapper<RunScatter> plot = new ReadOnlyObjectWrapper<>(this, "plot");

    /** The points last plotted (null before the first plot). */
    public ReadOnlyObjectProperty<RunScatter> plotProperty() {
        return plot.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");

    /** How many runs the plot shows, and of how many; or why it could not be drawn. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Offers the fields of a newly opened experiment; the first two metrics are chosen when there are two. */
    void open(String experimentName, RunFields fields) {
        experiment = experimentName;
        List<String> names = new ArrayList<>();
        fields.metrics().forEach(m -> names.add("metrics." + FilterCompletion.quoted(m)));
        fields.params().forEach(p -> names.add("params." + FilterCompletion.quoted(p)));
        names.add("attributes.start_time");
        choices.setAll(names);
        x.set(names.size() > 1 ? names.get(0) : null);
        y.set(names.size() > 2 ? names.get(1) : null);
        plot.set(null);
        note.set("");
    }

    /** Asks the engine for the chosen pair. */
    public void plot() {
        if (x.get() == null || y.get() == null) {
            note.set("Choose two fields to plot.");
            return;
        }
        String chosenX = x.get();
        String chosenY = y.get();
        plots.submit(BackgroundTask.of(() -> runs.scatter(experiment, chosenX, chosenY))
                .onSuccess(this::show)
                .onFailure(failure -> {
                    plot.set(null);
                    note.set(failure.getMessage());
                }));
    }

    private void show(RunScatter scatter) {
        plot.set(scatter);
        String shown = Figures.count(scatter.points().size()) + " runs with both values";
        note.set(scatter.sampled()
                ? shown + ", sampled: the newest " + Figures.count(scatter.runsRead()) + " of "
                        + Figures.count(scatter.runCount()) + " runs were read."
                : shown + " (every run of the experiment was read).");
    }
}
