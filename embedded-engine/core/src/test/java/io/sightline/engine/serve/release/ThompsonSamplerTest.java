package io.sightline.engine.serve.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;

class ThompsonSamplerTest {
    private static final double MIN_SHARE = 0.02;

    @Test
    void plantedBestArmEndsWithMostOfTheTraffic() {
        Map<String, Double> truth = new LinkedHashMap<>();
        truth.put("A", 0.60);
        truth.put("B", 0.65);
        truth.put("C", 0.75);
        ThompsonSampler sampler = new ThompsonSampler(new SplittableRandom(11));
        SplittableRandom world = new SplittableRandom(12);
        Map<String, BetaPosterior> posteriors = new LinkedHashMap<>();
        truth.keySet().forEach(arm -> posteriors.put(arm, new BetaPosterior(1, 1)));
        List<Map<String, Double>> history = new ArrayList<>();
        Map<String, Double> shares = sampler.shares(arrays(posteriors), 2_000, MIN_SHARE);
        history.add(shares);

        for (int round = 1; round <= 5_000; round++) {
            String arm = ThompsonSampler.choose(shares, world.nextDouble());
            boolean success = world.nextDouble() < truth.get(arm);
            posteriors.put(arm, posteriors.get(arm).update(success ? 1 : 0, success ? 0 : 1));
            if (round % 100 == 0) {
                shares = sampler.shares(arrays(posteriors), 2_000, MIN_SHARE);
                history.add(shares);
            }
        }

        System.out.printf("bandit shares after 5,000 rounds: %s%n", shares);
        assertThat(shares.get("C")).isGreaterThanOrEqualTo(0.8);
        assertThat(shares.keySet()).containsExactly("A", "B", "C");
        for (Map<String, Double> step : history) {
            assertThat(step.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, offset(1e-9));
            assertThat(step.values()).allSatisfy(share -> assertThat(share).isGreaterThanOrEqualTo(MIN_SHARE - 1e-12));
        }
    }

    @Test
    void sameSeedGivesTheSameShares() {
        Map<String, double[]> posteriors = new LinkedHashMap<>();
        posteriors.put("A", new double[] {30, 20});
        posteriors.put("B", new double[] {33, 17});

        Map<String, Double> first = new ThompsonSampler(new SplittableRandom(5)).shares(posteriors, 1_000, 0);
        Map<String, Double> second = new ThompsonSampler(new SplittableRandom(5)).shares(posteriors, 1_000, 0);

        assertThat(first).isEqualTo(second);
        assertThat(first.get("B")).as("B's posterior is higher").isGreaterThan(0.5);
    }

    @Test
    void equalPosteriorsShareAboutEvenly() {
        Map<String, double[]> posteriors = new LinkedHashMap<>();
        posteriors.put("A", new double[] {10, 10});
        posteriors.put("B", new double[] {10, 10});

        Map<String, Double> shares = new ThompsonSampler(new SplittableRandom(6)).shares(posteriors, 20_000, 0);

        assertThat(shares.get("A")).isCloseTo(0.5, offset(0.02));
    }

    @Test
    void armsUnderTheFloorGetItAndTheRestShareInProportion() {
        assertThat(ThompsonSampler.floored(ordered(0.98, 0.01, 0.01), 0.05)).satisfies(sharesOf(0.9, 0.05, 0.05));
    }

    @Test
    void flooringOneArmCanPushAnotherUnderTheFloor() {
        // C is floored first; sharing the rest then leaves B at 0.0947, so B is floored too
        assertThat(ThompsonSampler.floored(ordered(0.85, 0.10, 0.05), 0.1)).satisfies(sharesOf(0.8, 0.1, 0.1));
    }

    @Test
    void aFloorThatCannotBeMetSharesEvenly() {
        assertThat(ThompsonSampler.floored(ordered(0.9, 0.05, 0.05), 0.4)).satisfies(sharesOf(1.0 / 3, 1.0 / 3, 1.0 / 3));
    }

    @Test
    void chooseWalksTheCumulativeSharesInTheMapsOrder() {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("A", 0.2);
        shares.put("none", 0.0);
        shares.put("B", 0.5);
        shares.put("C", 0.3);

        assertThat(ThompsonSampler.choose(shares, 0)).isEqualTo("A");
        assertThat(ThompsonSampler.choose(shares, 0.1999)).isEqualTo("A");
        assertThat(ThompsonSampler.choose(shares, 0.2)).isEqualTo("B");
        assertThat(ThompsonSampler.choose(shares, 0.6999)).isEqualTo("B");
        assertThat(ThompsonSampler.choose(shares, 0.7)).isEqualTo("C");
        assertThat(ThompsonSampler.choose(shares, Math.nextDown(1.0))).isEqualTo("C");
    }

    @Test
    void posteriorCountsSuccessesAndFailures() {
        BetaPosterior posterior = new BetaPosterior(1, 1).update(7, 3);

        assertThat(posterior).isEqualTo(new BetaPosterior(8, 4));
        assertThat(posterior.mean()).isCloseTo(2.0 / 3, offset(1e-12));
        assertThat(posterior.toArray()).containsExactly(8, 4);
    }

    private static Map<String, double[]> arrays(Map<String, BetaPosterior> posteriors) {
        Map<String, double[]> arrays = new LinkedHashMap<>();
        posteriors.forEach((arm, posterior) -> arrays.put(arm, posterior.toArray()));
        return arrays;
    }

    private static ThrowingConsumer<Map<String, Double>> sharesOf(double a, double b, double c) {
        return shares -> {
            assertThat(shares.keySet()).containsExactly("A", "B", "C");
            assertThat(shares.get("A")).isCloseTo(a, offset(1e-12));
            assertThat(shares.get("B")).isCloseTo(b, offset(1e-12));
            assertThat(shares.get("C")).isCloseTo(c, offset(1e-12));
        };
    }

    private static Map<String, Double> ordered(double a, double b, double c) {
        Map<String, Double> probabilities = new LinkedHashMap<>();
        probabilities.put("A", a);
        probabilities.put("B", b);
        probabilities.put("C", c);
        return probabilities;
    }
}
