package io.sightline.app.workspace.mlops;

import io.sightline.app.controls.Curve;
import io.sightline.engine.api.ArmReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.ToDoubleFunction;

/**
 * One arm's figures as successive release reports gave them, newest last: bounded in number and in age, so that
 * watching a deployment for hours keeps the charts as light as watching it for a minute.
 */
final class ArmTrack {
    /** One report's figures of the arm, taken at {@code at}. */
    record Point(Instant at, double observedShare, double p95Millis, double errorRate, double successRate) {
        static Point of(Instant at, ArmReport arm) {
            double errorRate = arm.requests() == 0 ? Double.NaN : (double) arm.errors() / arm.requests();
            return new Point(at, arm.observedShare(), arm.p95Millis(), errorRate, arm.successRate());
        }
    }

    private final String arm;
    private final int capacity;
    private final Duration span;
    private final Deque<Point> points = new ArrayDeque<>();

    ArmTrack(String arm, int capacity, Duration span) {
        this.arm = arm;
        this.capacity = capacity;
        this.span = span;
    }

    void add(Point point) {
        points.addLast(point);
        while (points.size() > capacity || points.getFirst().at().isBefore(point.at().minus(span))) {
            points.removeFirst();
        }
    }

    int size() {
        return points.size();
    }

    /** The figure {@code value} reads, x in minutes before {@code now}; points without the figure are left out. */
    Curve curve(String name, Instant now, ToDoubleFunction<Point> value) {
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        int n = 0;
        for (Point point : points) {
            double y = value.applyAsDouble(point);
            if (Double.isFinite(y)) {
                xs[n] = -Duration.between(point.at(), now).toMillis() / 60_000.0;
                ys[n] = y;
                n++;
            }
        }
        return new Curve(name, java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n));
    }

    String arm() {
        return arm;
    }
}
