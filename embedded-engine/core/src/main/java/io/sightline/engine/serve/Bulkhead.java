package io.sightline.engine.serve;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.ServingLimits;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One deployment's serving limits in force: at most {@code workers} callers hold a permit at once, at most
 * {@code queueLimit} more wait for one in arrival order, each for at most {@code maxWait}; a caller that finds the
 * queue full is refused, or the longest waiting is refused in its place ({@link ServingLimits.WhenFull}). A
 * refusal is a {@link PlatformException} with {@link ErrorCode#UNAVAILABLE} saying so in plain words, at once.
 * A permit freed goes straight to the next waiter, so no caller overtakes the queue.
 */
final class Bulkhead {
    private final String deployment;
    private final ServingLimits limits;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
    private final AtomicLong refused = new AtomicLong();
    private int working;

    Bulkhead(String deployment, ServingLimits limits) {
        this.deployment = deployment;
        this.limits = limits;
    }

    /** A caller in the queue: admitted or shed by whoever holds the lock, then woken. */
    private static final class Waiter {
        private final Thread thread = Thread.currentThread();
        private volatile int state; // 0 waiting, 1 admitted, 2 shed
    }

    /** Waits for a permit within the limits, or is refused; the caller must {@link #release} what it got. */
    void acquire() {
        Waiter me = new Waiter();
        Waiter shed = null;
        lock.lock();
        try {
            if (working < limits.workers() && waiting.isEmpty()) {
                working++;
                return;
            }
            if (waiting.size() >= limits.queueLimit()) {
                if (limits.whenFull() != ServingLimits.WhenFull.SHED_OLDEST || waiting.isEmpty()) {
                    throw refuse("every worker is busy and the queue is full");
                }
                shed = waiting.pollFirst();
                shed.state = 2;
            }
            waiting.addLast(me);
        } finally {
            lock.unlock();
        }
        if (shed != null) {
            LockSupport.unpark(shed.thread);
        }
        await(me);
    }

    private void await(Waiter me) {
        long deadline = System.nanoTime() + limits.maxWait().toNanos();
        while (true) {
            if (me.state == 1) {
                return;
            }
            if (me.state == 2) {
                throw refuse("a newer request took this one's place in the queue");
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                lock.lock();
                try {
                    if (me.state == 1) {
                        return;
                    }
                    if (me.state == 0) {
                        waiting.remove(me);
                        throw refuse("no worker came free within " + limits.maxWait().toMillis() + " ms");
                    }
                } finally {
                    lock.unlock();
                }
                continue;
            }
            LockSupport.parkNanos(this, left);
        }
    }

    /** Frees a permit: to the longest waiting caller, if any. */
    void release() {
        Waiter next;
        lock.lock();
        try {
            next = waiting.pollFirst();
            if (next == null) {
                working--;
            } else {
                next.state = 1;
            }
        } finally {
            lock.unlock();
        }
        if (next != null) {
            LockSupport.unpark(next.thread);
        }
    }

    /** How many callers wait for a permit now. */
    int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    /** How many requests these limits have refused. */
    long refused() {
        return refused.get();
    }

    private PlatformException refuse(String why) {
        refused.incrementAndGet();
        return new PlatformException(ErrorCode.UNAVAILABLE, deployment + " is at its capacity (" + limits.workers()
                + " at once, " + limits.queueLimit() + " waiting): " + why + ". Try again shortly.");
    }
}
