package io.sightline.engine.serve.release;

import io.sightline.engine.api.AbTestMethod;
import io.sightline.engine.api.AbTestPlan;
import io.sightline.engine.api.OutcomeMetric;
import io.sightline.engine.api.TrafficPolicy;
import io.sightline.engine.serve.ArmRouter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints what choosing an arm costs per request alone, without scoring, logging or HTTP: the CPU time of this
 * thread per {@code route} of a deployment's policy as the serving path keeps it ready, for a single version, a
 * 50/50 A/B test (random draw and sticky key) and a shadow mirroring every request. In this package because the
 * ready policy is the router's own. Not a test:
 * {@code mvn -B -DskipTests -Ppolicy-routing-benchmark -pl embedded-engine/core -am verify}, or
 * {@code java -cp <test classpath> io.sightline.engine.serve.release.PolicyRoutingBenchmark [seconds each]}.
 */
public final class PolicyRoutingBenchmark {
    private static final String DEPLOYMENT = "breast-cancer";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Read at the end, so that the routes chosen are not optimised away. */
    private static long sink;

    private PolicyRoutingBenchmark() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2.0;
        AbTestPlan plan = new AbTestPlan(OutcomeMetric.CORRECT, AbTestMethod.SEQUENTIAL, 0.95, 0.02, 0.8, 0.9);
        Map<String, TrafficPolicy> policies = new LinkedHashMap<>();
        policies.put("single version", TrafficPolicy.single(1));
        policies.put("A/B test 50/50", TrafficPolicy.abTest(1, 2, 0.5, plan));
        policies.put("A/B test 50/50, sticky key", TrafficPolicy.abTest(1, 2, 0.5, plan).stickyBy("id"));
        policies.put("shadow, 100 % mirrored", TrafficPolicy.shadow(1, 2, 1));
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            row.put("feature_" + i, Double.toString(i * 0.5));
        }
        row.put("id", "customer-48151623");

        System.out.printf(Locale.ROOT, "Routing one request, %.1f s per policy after as long a warm-up, one thread%n",
                seconds);
        System.out.printf(Locale.ROOT, "%-28s %14s %14s%n", "policy", "routes/s", "CPU ns/route");
        for (Map.Entry<String, TrafficPolicy> policy : policies.entrySet()) {
            Instant since = Instant.parse("2025-01-01T00:00:00Z");
            ActivePolicy active = new ActivePolicy(DEPLOYMENT,
                    new PolicyStore.StoredPolicy(DEPLOYMENT, policy.getValue(), since, 0, since, 1));
            route(active, row, seconds);
            long[] measured = route(active, row, seconds);
            System.out.printf(Locale.ROOT, "%-28s %,14.0f %14.1f%n", policy.getKey(), measured[0] / seconds,
                    (double) measured[1] / measured[0]);
        }
        System.out.println("(checksum " + sink + ")");
    }

    /** Routes {@code row} for {@code seconds}: the number of routes and the CPU nanoseconds they took. */
    private static long[] route(ActivePolicy policy, Map<String, String> row, double seconds) {
        long until = System.nanoTime() + (long) (seconds * 1e9);
        long cpuBefore = THREADS.getCurrentThreadCpuTime();
        long routes = 0;
        long seen = 0;
        while (System.nanoTime() < until) {
            for (int i = 0; i < 1_000; i++) {
                ArmRouter.Route route = policy.route(row);
                seen += route.arm().length() + (route.shadow() == null ? 0 : 1);
            }
            routes += 1_000;
        }
        sink += seen;
        return new long[] {routes, THREADS.getCurrentThreadCpuTime() - cpuBefore};
    }
}
