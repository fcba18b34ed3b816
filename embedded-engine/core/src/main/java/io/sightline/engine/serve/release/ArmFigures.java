package io.sightline.engine.serve.release;

import io.sightline.engine.api.ArmReport;

/** What the canary's guard reads of one arm: requests and errors, 95th-percentile latency, outcomes and successes. */
public record ArmFigures(long requests, long errors, double p95Millis, long outcomes, long successes) {

    /** The figures of an arm's report. */
    public static ArmFigures of(ArmReport report) {
        return new ArmFigures(report.requests(), report.errors(), report.p95Millis(), report.outcomes(),
                report.successes());
    }

    /** Errors among requests, NaN without requests. */
    public double errorRate() {
        return requests == 0 ? Double.NaN : (double) errors / requests;
    }

    /** Successes among outcomes, NaN without outcomes. */
    public double successRate() {
        return outcomes == 0 ? Double.NaN : (double) successes / outcomes;
    }
}
