package io.sightline.simulator.live;

import java.time.Instant;

/**
 * Simulated time: it starts paused at a given instant and, while running, advances {@code speed} simulated
 * seconds per real second. Changing the speed or pausing keeps the simulated time where it is. Thread-safe.
 */
public final class SimulatedClock {
    public static final double MIN_SPEED = 1;
    public static final double MAX_SPEED = 100;

    private final TimeSource source;
    private Instant anchor;
    private long anchorNanos;
    private double speed;
    private boolean paused = true;

    public SimulatedClock(Instant start, double speed, TimeSource source) {
        this.source = source;
        this.anchor = start;
        this.anchorNanos = source.nanoTime();
        this.speed = checked(speed);
    }

    private static double checked(double speed) {
        if (!(speed >= MIN_SPEED && speed <= MAX_SPEED)) {
            throw new IllegalArgumentException("The simulation runs from " + (int) MIN_SPEED + "× to " + (int) MAX_SPEED
                    + "× real time; " + speed + "× is out of range.");
        }
        return speed;
    }

    public synchronized Instant now() {
        if (paused) {
            return anchor;
        }
        double elapsed = (source.nanoTime() - anchorNanos) * speed;
        return anchor.plusNanos(Math.round(elapsed));
    }

    public synchronized void setSpeed(double newSpeed) {
        double checked = checked(newSpeed);
        reanchor();
        speed = checked;
    }

    public synchronized double speed() {
        return speed;
    }

    public synchronized void pause() {
        reanchor();
        paused = true;
    }

    public synchronized void resume() {
        reanchor();
        paused = false;
    }

    public synchronized boolean paused() {
        return paused;
    }

    private void reanchor() {
        anchor = now();
        anchorNanos = source.nanoTime();
    }
}
