package io.sightline.simulator.world;

import java.util.SplittableRandom;

/** The few distributions the world is drawn from, on a given seeded generator. */
final class Draws {
    private Draws() {
    }

    static boolean chance(SplittableRandom rng, double probability) {
        return rng.nextDouble() < probability;
    }

    static double uniform(SplittableRandom rng, double low, double high) {
        return low + (high - low) * rng.nextDouble();
    }

    static int uniformInt(SplittableRandom rng, int low, int highInclusive) {
        return low + rng.nextInt(highInclusive - low + 1);
    }

    /** A right-skewed positive amount: half the draws fall below {@code median}. */
    static double logNormal(SplittableRandom rng, double median, double sigma) {
        return median * Math.exp(sigma * rng.nextGaussian());
    }

    static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    /** Counts of independent events with the given mean (Knuth below 30, a rounded normal above). */
    static int poisson(SplittableRandom rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean >= 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = rng.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= rng.nextDouble();
            count++;
        }
        return count;
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
