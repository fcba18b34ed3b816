package io.sightline.app.controls;

import java.util.Arrays;

/**
 * One line of a live chart: x in minutes before the snapshot was taken (so the newest point is near 0), y in
 * the chart's unit. Immutable: the arrays are copied in and out.
 */
public record Curve(String name, double[] x, double[] y) {
    public Curve {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        x = x.clone();
        y = y.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    public int size() {
        return x.length;
    }

    public double max() {
        return Arrays.stream(y).filter(Double::isFinite).max().orElse(0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Curve c && c.name.equals(name) && Arrays.equals(c.x, x) && Arrays.equals(c.y, y);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + 17 * Arrays.hashCode(x) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return name + Arrays.toString(y);
    }
}
