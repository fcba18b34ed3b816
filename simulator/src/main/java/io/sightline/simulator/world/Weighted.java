package io.sightline.simulator.world;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** A choice among values in proportion to their weights, drawn by binary search over cumulative weights. */
final class Weighted<T> {
    private final List<T> values;
    private final double[] cumulative;

    Weighted(List<T> values, ToDoubleFunction<? super T> weight) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("Nothing to choose from.");
        }
        this.values = List.copyOf(values);
        this.cumulative = new double[values.size()];
        double sum = 0;
        for (int i = 0; i < values.size(); i++) {
            sum += weight.applyAsDouble(values.get(i));
            cumulative[i] = sum;
        }
    }

    T pick(SplittableRandom rng) {
        double target = rng.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, target);
        return values.get(Math.min(values.size() - 1, index >= 0 ? index + 1 : -index - 1));
    }

    List<T> values() {
        return values;
    }
}
