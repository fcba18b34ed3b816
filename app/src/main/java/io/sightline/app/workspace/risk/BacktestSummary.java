package io.sightline.app.workspace.risk;

import io.sightline.app.text.Amounts;
import io.sightline.app.text.Figures;
import io.sightline.app.workspace.RecentPeriod;
import io.sightline.engine.api.BacktestResult;
import io.sightline.engine.api.Decision;

/**
 * A back-test in sentences: how many logged predictions the rule would have acted on, and — among those whose
 * outcome is known — the fraud it would have caught (cases and money) and the good sellers (or cases) it would
 * have hit. Unknown figures are said to be unknown, never shown as zero.
 */
final class BacktestSummary {
    private BacktestSummary() {
    }

    static String of(BacktestResult r, Decision action, String entityColumn, RecentPeriod window) {
        if (r.evaluated() == 0) {
            return "No predictions were logged in the " + window.words() + ": there is nothing to test the rule on."
                    + " Choose a longer window, or wait for traffic.";
        }
        String verb = action == Decision.BLOCK ? "blocked" : action == Decision.REVIEW ? "sent to review" : "allowed";
        StringBuilder text = new StringBuilder("Over the ").append(window.words()).append(", ")
                .append(Figures.count(r.evaluated())).append(" predictions were logged; this rule would have ")
                .append(verb).append(' ').append(Figures.count(r.matched())).append(" of them (")
                .append(Figures.percent((double) r.matched() / r.evaluated())).append(").");
        if (r.matched() == 0) {
            return text.toString();
        }
        String good = entityColumn == null ? "good cases" : "good sellers";
        if (r.labelled() == 0) {
            return text.append(" None of those has a known outcome yet, so the fraud it would have caught and the ")
                    .append(good).append(" it would have hit are not known.").toString();
        }
        text.append(" Of the ").append(Figures.count(r.labelled())).append(" with a known outcome, ")
                .append(Figures.count(r.positivesCaught())).append(" were fraud it would have caught (money ")
                .append(Amounts.money(r.valueCaught())).append(") and ").append(Figures.count(r.negativesHit()))
                .append(" were not");
        if (entityColumn != null) {
            text.append(": ").append(Figures.count(r.entitiesHit())).append(' ').append(good)
                    .append(" would have been hit (distinct ").append(entityColumn).append(')');
        }
        return text.append('.').toString();
    }
}
