package io.sightline.engine.alert;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: waits {@code first}, then twice as long each time (each wait drawn between
 * half and all of it), for at most {@code attempts} tries in all, and no try started after {@code budget}
 * (counted from the first): a storm of alerts to a dead receiver must not hold the senders for long.
 */
record Retry(int attempts, Duration first, Duration budget) {

    /** What one try gave: delivered, worth another try, or failed for good. */
    enum Outcome { DELIVERED, RETRY, GIVE_UP }

    /** One try at delivering; {@code detail} receives the reason when it did not work. */
    interface Attempt {
        Outcome run(StringBuilder detail);
    }

    /** The result of all tries: delivered or not, how many tries, and the last reason when not. */
    record Result(boolean delivered, int attempts, String detail) {
    }

    Result run(Attempt attempt) {
        StringBuilder detail = new StringBuilder();
        long deadline = System.nanoTime() + budget.toNanos();
        for (int n = 1; ; n++) {
            detail.setLength(0);
            Outcome outcome = attempt.run(detail);
            if (outcome == Outcome.DELIVERED) {
                return new Result(true, n, "");
            }
            if (outcome == Outcome.GIVE_UP || n >= attempts) {
                return new Result(false, n, detail.toString());
            }
            Duration delay = delayBefore(n + 1);
            if (System.nanoTime() + delay.toNanos() > deadline) {
                return new Result(false, n, detail + " (gave up: no more tries within " + budget.toSeconds() + " s)");
            }
            if (!sleep(delay)) {
                return new Result(false, n, "Interrupted before trying again: " + detail);
            }
        }
    }

    /** The wait before try {@code n} (n ≥ 2). */
    Duration delayBefore(int n) {
        long full = first.toMillis() << Math.min(n - 2, 20);
        return Duration.ofMillis(full / 2 + ThreadLocalRandom.current().nextLong(full / 2 + 1));
    }

    private static boolean sleep(Duration delay) {
        try {
            Thread.sleep(delay);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
