package io.sightline.engine.api;

import java.util.List;

/**
 * A decision strategy: when every condition holds, take {@code action}. {@code text} keeps the sentence it
 * was written as, if any.
 */
public record StrategySpec(String name, String text, List<StrategyCondition> conditions, Decision action) {
    public StrategySpec {
        conditions = List.copyOf(conditions);
    }
}
