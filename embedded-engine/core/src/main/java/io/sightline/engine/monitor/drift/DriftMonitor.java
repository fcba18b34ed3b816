package io.sightline.engine.monitor.drift;

import io.sightline.engine.api.DriftReport;
import io.sightline.engine.api.FeatureDrift;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.data.Table;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Timestamps;
import io.sightline.engine.train.TrainedModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The drift of a deployment: the inputs and predictions it logged in a window, against the training data of the
 * model version it serves (see {@link DriftReferences}) and that model's predictions on it.
 *
 * <p>The current sample is the newest {@value #MAX_CURRENT_ROWS} predictions of the window at most, and only
 * those served by the version deployed now. The dataset verdict counts the input columns, not the predictions.
 */
public final class DriftMonitor {
    /** The most logged predictions one report reads: the newest ones of the window. */
    public static final int MAX_CURRENT_ROWS = 1_000_000;

    private final Database database;
    private final DriftReferences references;
    private final DriftDetector detector;

    public DriftMonitor(Database database, Function<ModelRef, Table> trainingTables,
                        Function<ModelRef, TrainedModel> models, DriftSettings settings) {
        this.database = database;
        this.references = new DriftReferences(trainingTables, models);
        this.detector = new DriftDetector(settings);
    }

    /** The drift of what {@code deployment}, now serving {@code ref}, logged over the last {@code window}. */
    public DriftReport report(String deployment, ModelRef ref, Duration window) {
        if (window == null || window.isNegative() || window.isZero()) {
            throw PlatformException.invalid("Give a time window longer than zero for the drift report, such as "
                    + "the last hour or the last 7 days.");
        }
        Instant to = Timestamps.now();
        Instant from = window.compareTo(Duration.between(Instant.EPOCH, to)) >= 0 ? Instant.EPOCH : to.minus(window);
        DriftReference reference = references.get(ref);
        List<String> columns = reference.inputs().stream().map(ColumnSample::name).toList();
        PredictionSample current = PredictionSample.read(database, deployment, ref, from, to, columns,
                MAX_CURRENT_ROWS);
        double shareThreshold = detector.settings().driftShare();
        if (current.size() == 0) {
            return new DriftReport(deployment, ref, from, to, reference.rows(), 0, List.of(), 0, shareThreshold,
                    false);
        }
        List<ColumnSample> compared = new ArrayList<>(reference.inputs());
        compared.add(reference.predictions());
        int inputs = reference.inputs().size();
        List<FeatureDrift> features = detector.compareAll(compared, c -> c < inputs
                ? currentColumn(reference.inputs().get(c), current, c)
                : reference.predictionColumn().current(current.outputs(), current.confidences()));
        DriftDetector.Verdict verdict = detector.verdict(features.subList(0, inputs));
        return new DriftReport(deployment, ref, from, to, reference.rows(), current.size(), features,
                verdict.driftShare(), shareThreshold, verdict.datasetDrift());
    }

    /** Column {@code c} of the logged inputs, read as the reference column is: numbers or categories. */
    private static ColumnSample currentColumn(ColumnSample reference, PredictionSample current, int c) {
        if (reference instanceof ColumnSample.Numbers) {
            return ColumnSample.Numbers.of(reference.name(), current.numbers(c));
        }
        return ColumnSample.Categories.of(reference.name(), current.categories(c));
    }
}
