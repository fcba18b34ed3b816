package io.sightline.engine.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a deployment shares its requests between model versions: the kind, the arms (the first is the one that
 * answers when nothing else decides: the stable version, A, the served one of a shadow, the default route),
 * an optional {@code stickyKey} (an input column whose value keeps an entity on one arm), and the plan the kind
 * needs. Every rule about a policy's shape is checked here, once, in plain words; whether the versions exist is
 * the engine's to check.
 */
public record TrafficPolicy(PolicyKind kind, List<Arm> arms, String stickyKey, CanaryPlan canary,
                            AbTestPlan abTest, BanditPlan bandit, List<RouteRule> routes) {
    private static final double SHARE_TOLERANCE = 1e-6;

    public TrafficPolicy {
        if (kind == null) {
            throw PlatformException.invalid("Choose a traffic policy: single version, canary, A/B test, shadow,"
                    + " bandit or contextual routing.");
        }
        arms = arms == null ? List.of() : List.copyOf(arms);
        routes = routes == null ? List.of() : List.copyOf(routes);
        stickyKey = stickyKey == null || stickyKey.isBlank() ? null : stickyKey.strip();
        Set<String> names = new HashSet<>();
        for (Arm arm : arms) {
            if (!names.add(arm.name())) {
                throw PlatformException.invalid("Two arms are called '" + arm.name() + "': give each arm its own name.");
            }
        }
        switch (kind) {
            case SINGLE -> requireArms(arms, 1, 1, "A single-version policy serves exactly one version.");
            case CANARY -> {
                requireArms(arms, 2, 2, "A canary has two arms: the stable version first, then the canary.");
                requireSharesSumToOne(arms);
                requirePlan(canary, "Give the canary its steps, step length and guard.");
            }
            case AB_TEST -> {
                requireArms(arms, 2, 2, "An A/B test has two arms: A first, then B.");
                requireSharesSumToOne(arms);
                requirePlan(abTest, "Give the A/B test its outcome, method, confidence and smallest difference.");
                if (arms.stream().anyMatch(a -> a.share() == 0)) {
                    throw PlatformException.invalid("Both arms of an A/B test need a share above 0.");
                }
            }
            case SHADOW -> {
                requireArms(arms, 2, 2, "A shadow policy has two arms: the version that answers, then the shadow.");
                if (Math.abs(arms.get(0).share() - 1) > SHARE_TOLERANCE || arms.get(1).share() == 0) {
                    throw PlatformException.invalid("In a shadow policy the first arm answers every request (share 1);"
                            + " the shadow's share is how many requests are mirrored to it, above 0.");
                }
            }
            case BANDIT -> {
                requireArms(arms, 2, 10, "A bandit has from 2 to 10 arms.");
                requireSharesSumToOne(arms);
                requirePlan(bandit, "Give the bandit its reward, prior and update interval.");
            }
            case CONTEXTUAL -> {
                requireArms(arms, 2, 10, "Contextual routing has from 2 to 10 arms; the first takes what no rule matches.");
                if (routes.isEmpty()) {
                    throw PlatformException.invalid("Give contextual routing at least one rule, such as country = DE → B.");
                }
                for (RouteRule route : routes) {
                    if (!names.contains(route.arm())) {
                        throw PlatformException.invalid("The route on '" + route.column() + "' sends to arm '"
                                + route.arm() + "', which the policy does not have.");
                    }
                }
            }
        }
    }

    /** One version answers everything. */
    public static TrafficPolicy single(int version) {
        return new TrafficPolicy(PolicyKind.SINGLE, List.of(new Arm("live", version, 1)), null, null, null, null, null);
    }

    /** A canary of {@code canaryVersion} beside {@code stableVersion}, starting at the plan's first step. */
    public static TrafficPolicy canary(int stableVersion, int canaryVersion, CanaryPlan plan) {
        double first = plan.steps().get(0);
        return new TrafficPolicy(PolicyKind.CANARY, List.of(new Arm("stable", stableVersion, 1 - first),
                new Arm("canary", canaryVersion, first)), null, plan, null, null, null);
    }

    /** An A/B test of {@code a} against {@code b}, {@code shareOfB} of the requests going to B. */
    public static TrafficPolicy abTest(int a, int b, double shareOfB, AbTestPlan plan) {
        return new TrafficPolicy(PolicyKind.AB_TEST, List.of(new Arm("A", a, 1 - shareOfB), new Arm("B", b, shareOfB)),
                null, null, plan, null, null);
    }

    /** {@code served} answers; {@code mirrored} of the requests are also scored by {@code shadow}. */
    public static TrafficPolicy shadow(int served, int shadow, double mirrored) {
        return new TrafficPolicy(PolicyKind.SHADOW, List.of(new Arm("served", served, 1), new Arm("shadow", shadow,
                mirrored)), null, null, null, null, null);
    }

    /** The same policy with requests kept on one arm per value of the input {@code column}. */
    public TrafficPolicy stickyBy(String column) {
        return new TrafficPolicy(kind, arms, column, canary, abTest, bandit, routes);
    }

    /** The arm named {@code name}, or a {@link PlatformException} saying there is none. */
    public Arm arm(String name) {
        return arms.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new PlatformException(ErrorCode.NOT_FOUND, "This policy has no arm called '" + name + "'."));
    }

    /** The version that answers when nothing else decides. */
    public Arm primary() {
        return arms.get(0);
    }

    private static void requireArms(List<Arm> arms, int least, int most, String rule) {
        if (arms.size() < least || arms.size() > most) {
            throw PlatformException.invalid(rule + " (got " + arms.size() + ").");
        }
    }

    private static void requireSharesSumToOne(List<Arm> arms) {
        double sum = arms.stream().mapToDouble(Arm::share).sum();
        if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
            throw PlatformException.invalid("The arms' shares must add up to 1 (100 %); they add up to "
                    + Math.round(sum * 1000) / 10.0 + " %.");
        }
    }

    private static void requirePlan(Object plan, String message) {
        if (plan == null) {
            throw PlatformException.invalid(message);
        }
    }
}
