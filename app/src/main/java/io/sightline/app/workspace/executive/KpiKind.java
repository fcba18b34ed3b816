package io.sightline.app.workspace.executive;

/** The eight figures of the executive overview, with their titles and, in words, how each is computed. */
public enum KpiKind {
    FRAUD_PREVENTION_RATE("Fraud prevention rate",
            "Fraud caught ÷ all fraud with a reported outcome, over the predictions of the period of every live"
                    + " yes/no deployment. Caught = flagged by the model or not allowed by a rule."),
    LOSSES_PREVENTED("Losses prevented",
            "The money reported with the outcomes of fraud that was caught, over the predictions of the period."),
    FALSE_POSITIVE_RATE("False-positive rate",
            "Legitimate cases flagged ÷ all legitimate cases with a reported outcome, over the period."),
    MODELS_IN_PRODUCTION("Models in production",
            "Deployments that are live now; the trend compares with the deployments live seven days ago."),
    DEPLOYMENTS_THIS_WEEK("Deployments this week",
            "Deploys and replacements of the last seven days, from the deployment history; the line shows them"
                    + " day by day."),
    TIME_TO_PRODUCTION("Time from training to production",
            "Median, over the model versions first deployed in the last 30 days, of the time from the end of the"
                    + " training run that made the version to its first deploy."),
    LATENCY_P99("Latency (p99)",
            "The highest 99th-percentile prediction latency among live deployments over the period; the line"
                    + " shows it interval by interval."),
    AVAILABILITY("Availability",
            "1 − failed requests ÷ all requests to live deployments over the period.");

    private final String title;
    private final String formula;

    KpiKind(String title, String formula) {
        this.title = title;
        this.formula = formula;
    }

    public String title() {
        return title;
    }

    /** How the figure is computed, in a sentence or two. */
    public String formula() {
        return formula;
    }
}
