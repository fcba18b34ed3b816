package io.sightline.engine.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.ServingLimits;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BulkheadTest {
    private static final Duration LONG_WAIT = Duration.ofSeconds(30);
    /** A thread per caller: a shared pool of one thread (two cores) would hold the second caller back. */
    private static final Executor CALLERS = Executors.newVirtualThreadPerTaskExecutor();

    @Test
    void aFullQueueRefusesTheNewestAtOnceAndAFreedPermitGoesToTheWaiter() throws Exception {
        Bulkhead bulkhead = new Bulkhead("risk", new ServingLimits(1, 1, LONG_WAIT, ServingLimits.WhenFull.REJECT_NEWEST));
        bulkhead.acquire();
        CompletableFuture<Void> waiter = CompletableFuture.runAsync(bulkhead::acquire, CALLERS);
        awaitWaiting(bulkhead, 1);

        assertThatThrownBy(bulkhead::acquire).isInstanceOfSatisfying(PlatformException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE);
            assertThat(e.getMessage()).isEqualTo("risk is at its capacity (1 at once, 1 waiting): every worker is"
                    + " busy and the queue is full. Try again shortly.");
        });
        assertThat(waiter).isNotDone();

        bulkhead.release();
        waiter.get(30, TimeUnit.SECONDS);
        assertThat(bulkhead.waiting()).isZero();
        assertThat(bulkhead.refused()).isEqualTo(1);
        bulkhead.release();
        bulkhead.acquire(); // the permit came back: free again
    }

    @Test
    void shedOldestRefusesTheLongestWaitingAndQueuesTheNewcomer() throws Exception {
        Bulkhead bulkhead = new Bulkhead("risk", new ServingLimits(1, 1, LONG_WAIT, ServingLimits.WhenFull.SHED_OLDEST));
        bulkhead.acquire();
        CompletableFuture<Void> oldest = CompletableFuture.runAsync(bulkhead::acquire, CALLERS);
        awaitWaiting(bulkhead, 1);
        CompletableFuture<Void> newest = CompletableFuture.runAsync(bulkhead::acquire, CALLERS);

        assertThatThrownBy(() -> oldest.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(PlatformException.class)
                .hasMessageContaining("a newer request took this one's place in the queue");
        awaitWaiting(bulkhead, 1);
        bulkhead.release();
        newest.get(30, TimeUnit.SECONDS);
        assertThat(bulkhead.refused()).isEqualTo(1);
    }

    @Test
    void aWaiterThatGetsNoWorkerWithinTheLongestWaitIsRefused() {
        Bulkhead bulkhead = new Bulkhead("risk", new ServingLimits(1, 5, Duration.ofMillis(20),
                ServingLimits.WhenFull.REJECT_NEWEST));
        bulkhead.acquire();

        assertThatThrownBy(bulkhead::acquire).isInstanceOf(PlatformException.class)
                .hasMessageContaining("no worker came free within 20 ms");
        assertThat(bulkhead.waiting()).as("it left the queue").isZero();
    }

    @Test
    void withoutAQueueEveryWorkerBusyMeansRefused() {
        Bulkhead bulkhead = new Bulkhead("risk", new ServingLimits(2, 0, Duration.ZERO, ServingLimits.WhenFull.SHED_OLDEST));
        bulkhead.acquire();
        bulkhead.acquire();

        assertThatThrownBy(bulkhead::acquire).isInstanceOf(PlatformException.class)
                .hasMessageContaining("every worker is busy and the queue is full");
        bulkhead.release();
        bulkhead.acquire();
    }

    @Test
    void limitsAreRefusedInPlainWords() {
        assertThatThrownBy(() -> new ServingLimits(0, 5, Duration.ofSeconds(1), ServingLimits.WhenFull.REJECT_NEWEST))
                .hasMessage("A queue needs workers: set the workers, or no queue for no limit.");
        assertThatThrownBy(() -> new ServingLimits(4, 5, Duration.ZERO, ServingLimits.WhenFull.REJECT_NEWEST))
                .hasMessage("Requests that wait need a longest wait above 0, such as 200 ms.");
        assertThatThrownBy(() -> new ServingLimits(300, 0, Duration.ZERO, ServingLimits.WhenFull.REJECT_NEWEST))
                .hasMessage("A deployment has from 1 to 256 workers (0 for no limit).");
    }

    private static void awaitWaiting(Bulkhead bulkhead, int atLeast) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (bulkhead.waiting() < atLeast) {
            assertThat(System.nanoTime()).as("callers waiting").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
