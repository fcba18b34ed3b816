package io.sightline.engine.serve.release;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * Thompson sampling over arms with Beta posteriors: each arm's share of the traffic is the probability that it
 * is the best arm, kept at least at a floor so that every arm goes on being tried. Deterministic for a given
 * random source.
 */
public final class ThompsonSampler {
    private final UniformRandomProvider random;

    public ThompsonSampler(RandomGenerator random) {
        this.random = random::nextLong;
    }

    /**
     * Each arm's share: the probability that its success rate is the highest, estimated from {@code draws} joint
     * draws of the posteriors (arm → {alpha, beta}), then floored at {@code minShare} and the rest shared in
     * proportion (see {@link #floored}). In the map's order; ties within a draw go to the earlier arm.
     */
    public Map<String, Double> shares(Map<String, double[]> posteriors, int draws, double minShare) {
        if (posteriors.isEmpty() || draws < 1) {
            throw new IllegalArgumentException("Thompson sampling needs at least one arm and one draw (got "
                    + posteriors.size() + " arms and " + draws + " draws).");
        }
        List<String> arms = new ArrayList<>(posteriors.keySet());
        List<ContinuousDistribution.Sampler> samplers = new ArrayList<>(arms.size());
        for (String arm : arms) {
            double[] posterior = posteriors.get(arm);
            BetaPosterior checked = new BetaPosterior(posterior[0], posterior[1]);
            samplers.add(BetaDistribution.of(checked.alpha(), checked.beta()).createSampler(random));
        }
        long[] wins = new long[arms.size()];
        for (int draw = 0; draw < draws; draw++) {
            int best = 0;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int arm = 0; arm < samplers.size(); arm++) {
                double value = samplers.get(arm).sample();
                if (value > bestValue) {
                    best = arm;
                    bestValue = value;
                }
            }
            wins[best]++;
        }
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int arm = 0; arm < arms.size(); arm++) {
            probabilities.put(arms.get(arm), (double) wins[arm] / draws);
        }
        return floored(probabilities, minShare);
    }

    /**
     * Shares that sum to 1 with none below {@code minShare}: arms under the floor get exactly it, and the others
     * share what is left in proportion to their {@code probabilities}, repeated while that pushes another under
     * the floor. When the floor cannot be met ({@code minShare} times the arms is 1 or more) every arm gets an
     * equal share.
     */
    public static Map<String, Double> floored(Map<String, Double> probabilities, double minShare) {
        int arms = probabilities.size();
        Map<String, Double> shares = new LinkedHashMap<>();
        if (minShare * arms >= 1) {
            probabilities.keySet().forEach(arm -> shares.put(arm, 1.0 / arms));
            return Collections.unmodifiableMap(shares);
        }
        List<String> atFloor = new ArrayList<>();
        boolean moved = true;
        while (moved) {
            double free = 1 - atFloor.size() * minShare;
            double mass = mass(probabilities, atFloor);
            moved = false;
            for (Map.Entry<String, Double> entry : probabilities.entrySet()) {
                if (!atFloor.contains(entry.getKey()) && entry.getValue() * free / mass < minShare) {
                    atFloor.add(entry.getKey());
                    moved = true;
                }
            }
        }
        // at least one arm stays above the floor: were all under it, the floor times the arms would exceed 1
        double free = 1 - atFloor.size() * minShare;
        double mass = mass(probabilities, atFloor);
        probabilities.forEach((arm, probability) -> shares.put(arm,
                atFloor.contains(arm) ? minShare : probability * free / mass));
        return Collections.unmodifiableMap(shares);
    }

    /**
     * The arm whose band of the cumulative shares, in the map's order, holds {@code u} (uniform in [0, 1)). Rounding
     * that leaves {@code u} past the last band picks the last arm with a share.
     */
    public static String choose(Map<String, Double> shares, double u) {
        double cumulative = 0;
        String last = null;
        for (Map.Entry<String, Double> entry : shares.entrySet()) {
            if (entry.getValue() <= 0) {
                continue;
            }
            cumulative += entry.getValue();
            last = entry.getKey();
            if (u < cumulative) {
                return last;
            }
        }
        if (last == null) {
            throw new IllegalArgumentException("No arm has a share above 0: " + shares + ".");
        }
        return last;
    }

    private static double mass(Map<String, Double> probabilities, List<String> excluded) {
        return probabilities.entrySet().stream().filter(e -> !excluded.contains(e.getKey()))
                .mapToDouble(Map.Entry::getValue).sum();
    }
}
