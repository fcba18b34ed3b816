package io.sightline.app.workspace.risk;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.Explanation;
import java.util.Comparator;
import java.util.List;

/**
 * The reasons for a score in plain words: the three inputs that moved it most, each in the sentence the
 * engine wrote for it, or — when it wrote none — "amount = 950 raised the risk score by 0.21".
 */
final class Reasons {
    static final int SHOWN = 3;

    private Reasons() {
    }

    static List<String> of(Explanation explanation) {
        return explanation.contributions().stream()
                .sorted(Comparator.comparingDouble((Explanation.Contribution c) -> Math.abs(c.effect())).reversed())
                .limit(SHOWN)
                .map(Reasons::sentence)
                .toList();
    }

    private static String sentence(Explanation.Contribution c) {
        if (c.sentence() != null && !c.sentence().isBlank()) {
            return c.sentence().strip();
        }
        String moved = c.effect() >= 0 ? " raised the risk score by " : " lowered the risk score by ";
        return c.column() + " = " + c.value() + moved + Figures.significant(Math.abs(c.effect()));
    }
}
