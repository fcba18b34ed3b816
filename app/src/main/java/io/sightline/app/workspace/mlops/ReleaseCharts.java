package io.sightline.app.workspace.mlops;

import io.sightline.app.controls.ChartFrame;

/**
 * What the release's live charts show at one moment: per arm, its observed share, 95th-percentile latency,
 * error rate and success rate over the time watched; and the bandit's shares over time (empty for other kinds).
 */
record ReleaseCharts(ChartFrame share, ChartFrame latency, ChartFrame errors, ChartFrame success, ChartFrame bandit) {
}
