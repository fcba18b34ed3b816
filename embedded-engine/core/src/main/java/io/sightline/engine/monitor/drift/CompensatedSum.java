package io.sightline.engine.monitor.drift;

/**
 * A running sum with Neumaier's compensation: long sums of products (a million bins of a Wasserstein integral)
 * stay within a few units in the last place of the exact result, whatever the order of the terms.
 */
final class CompensatedSum {
    private double sum;
    private double compensation;

    void add(double value) {
        double t = sum + value;
        if (Double.isFinite(t)) {
            if (Math.abs(sum) >= Math.abs(value)) {
                compensation += (sum - t) + value;
            } else {
                compensation += (value - t) + sum;
            }
        }
        sum = t;
    }

    double value() {
        // an infinite term makes the sum infinite; the compensation of finite terms means nothing then
        return Double.isFinite(sum) ? sum + compensation : sum;
    }
}
