package io.sightline.app.workspace.risk;

import io.sightline.app.text.Amounts;
import io.sightline.app.text.Figures;

/**
 * The monitor's figures as the screen writes them, made off the UI thread from the snapshot they describe.
 * {@code outcomes} says what the fraud figures rest on, or why they are not known yet: never a made-up zero.
 */
public record MonitorFigures(String rate, String flagged, String blocked, String reviewed, String caught,
                             String missed, String outcomes) {

    static final String NOT_KNOWN_YET = "not known yet";

    public static MonitorFigures of(MonitorSnapshot s) {
        String flagged = s.knowsFlagged() ? Amounts.countOf(s.flagged(), s.predictions())
                : Figures.NONE + " (the model does not predict yes or no)";
        String caught;
        String missed;
        String outcomes;
        if (!s.knowsFlagged()) {
            caught = Figures.NONE;
            missed = Figures.NONE;
            outcomes = "Fraud caught and missed need a model that predicts yes or no.";
        } else if (s.labelled() == 0) {
            caught = NOT_KNOWN_YET;
            missed = NOT_KNOWN_YET;
            outcomes = "No outcomes have been reported yet for the predictions of the " + s.window().words()
                    + ", so fraud caught and missed are not known.";
        } else {
            caught = Figures.count(s.caught()) + " cases, money " + Amounts.money(s.valueCaught());
            missed = Figures.count(s.missed()) + " cases, money " + Amounts.money(s.valueMissed());
            outcomes = "From the " + Figures.count(s.labelled()) + " outcomes reported so far for the "
                    + Figures.count(s.predictions()) + " predictions of the " + s.window().words() + ".";
        }
        return new MonitorFigures(Amounts.perSecond(s.recentPerSecond()), flagged,
                Amounts.countOf(s.blocked(), s.predictions()), Amounts.countOf(s.reviewed(), s.predictions()), caught,
                missed, outcomes);
    }
}
