package io.sightline.app.workspace.risk;

import io.sightline.engine.api.Decision;
import io.sightline.engine.api.StrategyCondition;
import io.sightline.engine.api.Strategy;
import java.util.Locale;
import java.util.stream.Collectors;

/** A saved strategy as the list shows it: its sentence (or name), action, conditions and whether it acts. */
public record StrategyRow(Strategy strategy, String rule, String action, String conditions, String state) {

    static StrategyRow of(Strategy strategy) {
        String text = strategy.spec().text();
        return new StrategyRow(strategy, text == null || text.isBlank() ? strategy.spec().name() : text,
                action(strategy.spec().action()),
                strategy.spec().conditions().stream().map(StrategyRow::condition).collect(Collectors.joining(" and ")),
                strategy.enabled() ? "enabled" : "disabled");
    }

    /** What the rule does, as a verb: "block", "review", "allow". */
    static String action(Decision action) {
        return action == null ? "" : action.name().toLowerCase(Locale.ROOT);
    }

    static String condition(StrategyCondition c) {
        return c.field() + " " + c.comparison().symbol() + " " + c.value();
    }

    public String id() {
        return strategy.id();
    }

    public boolean enabled() {
        return strategy.enabled();
    }
}
