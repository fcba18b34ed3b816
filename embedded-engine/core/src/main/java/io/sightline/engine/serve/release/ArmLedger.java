package io.sightline.engine.serve.release;

import io.sightline.engine.api.Arm;
import io.sightline.engine.api.ArmReport;
import io.sightline.engine.api.BanditPlan;
import io.sightline.engine.api.BanditReward;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.OutcomeMetric;
import io.sightline.engine.api.PolicyKind;
import io.sightline.engine.api.TrafficPolicy;
import io.sightline.engine.serve.log.LoggedOutcomes;
import io.sightline.engine.serve.log.PredictionBlocks;
import io.sightline.engine.store.Database;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Each arm's figures from the prediction log over a span: requests (answered or refused), errors, latency,
 * outcomes and successes by an outcome metric, and the money the outcomes were worth. Read block by block from the
 * log's columns in one pass, so that a long window is never held in memory beyond each arm's latencies.
 */
final class ArmLedger {
    private final PredictionBlocks blocks;
    private final Function<ModelRef, String> positiveLabel;

    /** {@code positiveLabel}: the positive class of a yes/no model version, null for other models. */
    ArmLedger(Database database, Function<ModelRef, String> positiveLabel) {
        this.blocks = new PredictionBlocks(database);
        this.positiveLabel = positiveLabel;
    }

    /** One arm's running figures. */
    static final class Tally {
        private long requests;
        private long errors;
        private double[] latencies = new double[64];
        private int answered;
        private long outcomes;
        private long successes;
        private double money;

        private void add(boolean failed, double latencyMicros) {
            requests++;
            if (failed) {
                errors++;
                return;
            }
            if (answered == latencies.length) {
                latencies = Arrays.copyOf(latencies, answered * 2);
            }
            latencies[answered++] = latencyMicros / 1_000;
        }

        long requests() {
            return requests;
        }

        long outcomes() {
            return outcomes;
        }

        long successes() {
            return successes;
        }

        ArmFigures figures() {
            return new ArmFigures(requests, errors, percentile(0.95), outcomes, successes);
        }

        /** Nearest-rank percentile of the answered requests' latency in milliseconds; NaN without any. */
        private double percentile(double p) {
            if (answered == 0) {
                return Double.NaN;
            }
            double[] sorted = Arrays.copyOf(latencies, answered);
            Arrays.sort(sorted);
            return sorted[Math.max(0, (int) Math.ceil(p * answered) - 1)];
        }
    }

    /** The tallies of a span: per arm name, the largest outcome value seen, and the requests answered in all. */
    record Tallies(Map<String, Tally> arms, double largestValue, long answered) {
        Tally of(String arm) {
            return arms.getOrDefault(arm, new Tally());
        }

        /** The arm's report under {@code policy}: a shadow's observed share is of the requests it could mirror. */
        ArmReport report(TrafficPolicy policy, Arm arm) {
            Tally tally = of(arm.name());
            boolean shadow = policy.kind() == PolicyKind.SHADOW && arm != policy.primary();
            long base = shadow ? of(policy.primary().name()).requests : answered;
            double observed = base == 0 ? Double.NaN : (double) tally.requests / base;
            double rate = tally.outcomes == 0 ? Double.NaN : (double) tally.successes / tally.outcomes;
            return new ArmReport(arm.name(), arm.version(), arm.share(), tally.requests, observed, tally.errors,
                    tally.percentile(0.5), tally.percentile(0.95), tally.outcomes, tally.successes, rate);
        }

        /**
         * What the arm's outcomes say of it to a bandit: the prior plus one trial per outcome, a success by the
         * metric ({@link BanditReward#OUTCOME}) or with the chance of its money value as a share of the largest
         * value seen ({@link BanditReward#MONEY}, counted by its expectation).
         */
        BetaPosterior posterior(BanditPlan plan, String arm) {
            Tally tally = of(arm);
            double rewards = plan.reward() == BanditReward.MONEY
                    ? (largestValue > 0 ? tally.money / largestValue : 0)
                    : tally.successes;
            return BetaPosterior.prior(plan).update(rewards, tally.outcomes - rewards);
        }
    }

    /** The figures of the deployment's arms (of its model {@code model}) over {@code [from, to)}. */
    Tallies tally(String deployment, String model, OutcomeMetric metric, Instant from, Instant to) {
        Map<String, Tally> arms = new HashMap<>();
        Map<Integer, String> positives = new HashMap<>();
        double[] largest = {0};
        long[] answered = {0};
        blocks.forEachRow(deployment, from, to, (block, i, outcomes) -> {
            String arm = block.arm(i);
            if (arm == null) {
                return;
            }
            Tally tally = arms.computeIfAbsent(arm, name -> new Tally());
            boolean failed = block.failed(i);
            tally.add(failed, block.latencyMicros(i));
            if (!block.shadow(i)) {
                answered[0]++;
            }
            LoggedOutcomes.Reported outcome = failed ? null : outcomes.of(i);
            if (outcome == null) {
                return;
            }
            tally.outcomes++;
            int version = block.model(i).version();
            String expected = metric == OutcomeMetric.CORRECT ? block.output(i)
                    : positives.computeIfAbsent(version, v -> positiveLabel.apply(new ModelRef(model, v)));
            if (outcome.actualLabel().equals(expected)) {
                tally.successes++;
            }
            tally.money += outcome.value();
            largest[0] = Math.max(largest[0], outcome.value());
        });
        return new Tallies(arms, largest[0], answered[0]);
    }
}
