package io.sightline.engine.strategy;

import io.sightline.engine.api.Decision;

/** What a deployment's strategies decided for one prediction, and which strategy did ({@code null}: none matched). */
public record StrategyVerdict(Decision decision, String strategy) {
    public static final StrategyVerdict ALLOW = new StrategyVerdict(Decision.ALLOW, null);
}
