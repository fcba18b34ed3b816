package io.sightline.engine.strategy;

import io.sightline.engine.api.Decision;

/** What a deployment's strategies decided for one prediction, and which strategy did ({@code null}: none matched). */
public record Verdict(Decision decision, String strategy) {
    public static final Verdict ALLOW = new Verdict(Decision.ALLOW, null);
}
