package io.sightline.app.workspace.mlops;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.Arm;
import io.sightline.engine.api.CanaryStatus;
import io.sightline.engine.api.PolicyKind;
import io.sightline.engine.api.TrafficPolicy;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the release screens say a policy, a kind and a canary's state in words. */
final class ReleaseWording {
    private ReleaseWording() {
    }

    /** "Single version", "A/B test", …: a kind's name in a sentence's first place. */
    static String kind(PolicyKind kind) {
        return switch (kind) {
            case SINGLE -> "Single version";
            case CANARY -> "Canary";
            case AB_TEST -> "A/B test";
            case SHADOW -> "Shadow";
            case BANDIT -> "Bandit";
            case CONTEXTUAL -> "Contextual routing";
        };
    }

    /** "Canary: stable v3 95 %, canary v4 5 %" — the kind and every arm with its version and share. */
    static String policy(TrafficPolicy policy) {
        if (policy == null) {
            return Figures.NONE;
        }
        if (policy.kind() == PolicyKind.SINGLE) {
            return "Single version: v" + policy.primary().version();
        }
        String arms = policy.arms().stream().map(ReleaseWording::arm).collect(Collectors.joining(", "));
        String sticky = policy.stickyKey() == null ? "" : ", sticky by " + policy.stickyKey();
        return kind(policy.kind()) + ": " + arms + sticky;
    }

    private static String arm(Arm arm) {
        return arm.name() + " v" + arm.version() + " " + Figures.percent(arm.share());
    }

    /** "Step 2 of 4 · canary at 25.0 % · guard holding", then the engine's own words on what happens next. */
    static String canary(CanaryStatus status) {
        String guard = switch (status.guard()) {
            case WAITING_FOR_TRAFFIC -> "guard waiting for enough requests to judge";
            case HOLDING -> "guard holding";
            case BREACHED -> "guard breached: traffic went back to the stable version";
        };
        String next = status.mayAdvanceAt() == null ? "" : " · may advance at " + Figures.dateTime(status.mayAdvanceAt());
        return String.format(Locale.ROOT, "Step %d of %d · canary at %s · %s%s", status.step(), status.steps(),
                Figures.percent(status.share()), guard, next);
    }
}
