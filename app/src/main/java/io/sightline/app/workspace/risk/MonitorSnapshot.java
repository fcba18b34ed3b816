package io.sightline.app.workspace.risk;

import io.sightline.app.controls.ChartFrame;
import io.sightline.app.workspace.RecentPeriod;
import java.time.Instant;

/**
 * The live transaction monitor of one deployment at one moment, over a window: how much it served and how
 * fast, how much it flagged (predicted the positive label), blocked and sent to review, and — from outcomes
 * reported so far for those predictions — the fraud caught and missed, in cases and money. Built whole off the
 * UI thread; the screen only applies it.
 *
 * @param positiveLabel the label that means fraud, or null when the model has none (then nothing is "flagged")
 * @param recentPerSecond predictions per second over the last complete buckets (at least ten seconds)
 * @param labelled predictions of the window with a reported outcome
 */
public record MonitorSnapshot(
        String deployment,
        RecentPeriod window,
        Instant takenAt,
        String positiveLabel,
        long predictions,
        long errors,
        double recentPerSecond,
        long flagged,
        long blocked,
        long reviewed,
        long labelled,
        long caught,
        long missed,
        double valueCaught,
        double valueMissed,
        ChartFrame traffic,
        ChartFrame money) {

    public boolean knowsFlagged() {
        return positiveLabel != null;
    }

    public boolean hasOutcomes() {
        return positiveLabel != null && labelled > 0;
    }
}
