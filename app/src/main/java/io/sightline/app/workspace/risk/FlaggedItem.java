package io.sightline.app.workspace.risk;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.LoggedPrediction;

/** A flagged prediction as the queue lists it: when, its score, what was decided, and its outcome once known. */
public record FlaggedItem(LoggedPrediction prediction, String seller, String time, String score, String decision,
                          String label, String outcome) {

    static FlaggedItem of(LoggedPrediction p, String sellerColumn) {
        String seller = sellerColumn == null ? "" : p.inputs().getOrDefault(sellerColumn, "");
        return new FlaggedItem(p, seller, Figures.dateTime(p.at()), p.score() == null ? Figures.NONE
                : Figures.metric(p.score()), decision(p.decision()), p.output(),
                p.actualLabel() == null ? "not known yet" : p.actualLabel());
    }

    static String decision(Decision decision) {
        if (decision == null) {
            return Figures.NONE;
        }
        return switch (decision) {
            case ALLOW -> "allowed";
            case REVIEW -> "sent to review";
            case BLOCK -> "blocked";
        };
    }

    /** For sorting: the score, or -1 when the prediction has none. */
    double scoreValue() {
        return prediction.score() == null ? -1 : prediction.score();
    }

    /** The prediction's id for reporting outcomes, or its place in the log when it has none. */
    public String id() {
        return prediction.predictionId() == null ? "#" + prediction.id() : prediction.predictionId();
    }
}
