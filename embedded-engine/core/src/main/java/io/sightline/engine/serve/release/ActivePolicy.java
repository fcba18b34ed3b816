package io.sightline.engine.serve.release;

import io.sightline.engine.api.Arm;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PolicyKind;
import io.sightline.engine.api.RouteRule;
import io.sightline.engine.api.TrafficPolicy;
import io.sightline.engine.serve.ArmRouter.Route;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A deployment's policy made ready for the serving path: one {@link Route} per arm built once, the shares in the
 * arms' order, and the rules with their values parsed, so that choosing an arm allocates nothing and asks no one.
 */
final class ActivePolicy {
    private final PolicyStore.StoredPolicy stored;
    private final Map<String, Route> routes = new HashMap<>();
    private final Map<String, Double> shares = new LinkedHashMap<>();
    private final Route primary;
    private final Route mirrored;
    private final double mirroredShare;
    private final List<Rule> rules;
    private final long salt;

    /** A contextual route with its value read once as a number, when it is one. */
    private record Rule(RouteRule rule, Double number, Route route) {
    }

    ActivePolicy(String model, PolicyStore.StoredPolicy stored) {
        this.stored = stored;
        TrafficPolicy policy = stored.policy();
        for (Arm arm : policy.arms()) {
            routes.put(arm.name(), Route.of(new ModelRef(model, arm.version()), arm.name(), policy.kind()));
            shares.put(arm.name(), arm.share());
        }
        this.primary = routes.get(policy.primary().name());
        if (policy.kind() == PolicyKind.SHADOW) {
            Arm shadow = policy.arms().get(1);
            this.mirrored = new Route(primary.model(), primary.arm(), policy.kind(), new ModelRef(model, shadow.version()),
                    shadow.name());
            this.mirroredShare = shadow.share();
        } else {
            this.mirrored = null;
            this.mirroredShare = 0;
        }
        this.rules = policy.routes().stream()
                .map(rule -> new Rule(rule, RouteValues.number(rule.value()), routes.get(rule.arm()))).toList();
        // a new policy deals sticky keys afresh; a canary's steps keep them (same since)
        this.salt = stored.deployment().hashCode() * 1_000_003L + stored.since().toEpochMilli();
    }

    PolicyStore.StoredPolicy stored() {
        return stored;
    }

    /** The arm that answers {@code row}. */
    Route route(Map<String, String> row) {
        return switch (stored.policy().kind()) {
            case SINGLE -> primary;
            case CANARY, AB_TEST, BANDIT -> routes.get(ThompsonSampler.choose(shares, draw(row)));
            case SHADOW -> draw(row) < mirroredShare ? mirrored : primary;
            case CONTEXTUAL -> contextual(row);
        };
    }

    /**
     * A point of [0, 1): the sticky key's value hashed under this policy's salt when the policy has one and the row
     * gives it, else a fast random draw.
     */
    private double draw(Map<String, String> row) {
        String key = stored.policy().stickyKey();
        if (key != null) {
            String value = row.get(key);
            if (value != null && !value.isBlank()) {
                return StickyRouter.unitInterval(value, salt);
            }
        }
        return ThreadLocalRandom.current().nextDouble();
    }

    private Route contextual(Map<String, String> row) {
        for (Rule rule : rules) {
            if (RouteValues.matches(rule.rule(), rule.number(), row.get(rule.rule().column()))) {
                return rule.route();
            }
        }
        return primary;
    }
}
