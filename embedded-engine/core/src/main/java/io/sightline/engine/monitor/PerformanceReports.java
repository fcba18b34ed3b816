package io.sightline.engine.monitor;

import io.sightline.engine.api.PerformancePoint;
import io.sightline.engine.api.PerformanceReport;
import io.sightline.engine.store.Database;
import io.sightline.engine.train.ClassificationMetrics;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a deployment did, from the outcomes of predictions made in a window: confusion counts, precision, recall
 * and AUC (from the scores, when both outcomes occur among scored predictions), money, and a series by bucket
 * of prediction time (at most {@value #MAX_POINTS} points).
 */
public final class PerformanceReports {
    static final int MAX_POINTS = 100;

    private final Database database;
    private final InstantSource clock;

    public PerformanceReports(Database database, InstantSource clock) {
        this.database = database;
        this.clock = clock;
    }

    /** {@code positiveLabel}: the served model's positive class, null unless it answers yes or no. */
    public PerformanceReport report(String deployment, Duration window, String positiveLabel) {
        TimeSpan span = TimeSpan.last(window, clock);
        PredictionWindow predictions = new PredictionWindow(database, deployment, span);
        Summary summary = new Summary(span, Windows.step(window, Duration.ofSeconds(1), MAX_POINTS), positiveLabel);
        predictions.forEach(true, false, summary::add);
        return summary.report(deployment, predictions.count());
    }

    /** Adds up labelled predictions into the totals, the series and the scores for AUC. */
    static final class Summary {
        private final Instant from;
        private final Instant to;
        private final Duration step;
        private final String positiveLabel;
        private final Confusion total;
        private final Confusion[] buckets;
        private double[] scores = new double[256];
        private boolean[] positives = new boolean[256];
        private int scored;

        Summary(TimeSpan span, Duration step, String positiveLabel) {
            this.from = span.from();
            this.to = span.to();
            this.step = step;
            this.positiveLabel = positiveLabel;
            this.total = new Confusion(positiveLabel);
            this.buckets = new Confusion[Windows.bucketCount(from, to, step)];
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new Confusion(positiveLabel);
            }
        }

        void add(PredictionWindow.Row row) {
            boolean positive = total.add(row.output(), row.decision(), row.actualLabel(), row.outcomeValue());
            long offset = row.at().toEpochMilli() - Windows.floor(from, step).toEpochMilli();
            int index = (int) Math.min(buckets.length - 1, Math.max(0, offset / step.toMillis()));
            buckets[index].add(row.output(), row.decision(), row.actualLabel(), row.outcomeValue());
            if (positiveLabel != null && row.score() != null && !row.score().isNaN()) {
                if (scored == scores.length) {
                    scores = Arrays.copyOf(scores, scored * 2);
                    positives = Arrays.copyOf(positives, scored * 2);
                }
                scores[scored] = row.score();
                positives[scored++] = positive;
            }
        }

        PerformanceReport report(String deployment, long predictions) {
            double auc = positiveLabel == null ? Double.NaN
                    : ClassificationMetrics.auc(Arrays.copyOf(scores, scored), Arrays.copyOf(positives, scored));
            List<PerformancePoint> series = new ArrayList<>(buckets.length);
            Instant first = Windows.floor(from, step);
            for (int i = 0; i < buckets.length; i++) {
                Confusion bucket = buckets[i];
                series.add(new PerformancePoint(first.plus(step.multipliedBy(i)), bucket.labelled(), bucket.precision(),
                        bucket.recall(), bucket.valueCaught(), bucket.valueMissed()));
            }
            return new PerformanceReport(deployment, from, to, positiveLabel, predictions, total.labelled(),
                    total.truePositives(), total.falsePositives(), total.trueNegatives(), total.falseNegatives(),
                    total.precision(), total.recall(), Double.isNaN(auc) ? null : auc, total.valueCaught(),
                    total.valueMissed(), total.valueFalselyFlagged(), step, series);
        }
    }
}
