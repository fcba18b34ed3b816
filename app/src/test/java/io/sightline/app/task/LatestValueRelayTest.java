package io.sightline.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class LatestValueRelayTest {
    private final Queue<Runnable> uiQueue = new ArrayDeque<>();
    private final List<Integer> delivered = new ArrayList<>();
    private final LatestValueRelay<Integer> relay = new LatestValueRelay<>(uiQueue::add, delivered::add);

    @Test
    void queuesOneDeliveryForManyOffersAndDeliversTheLatest() {
        for (int i = 1; i <= 100; i++) {
            relay.offer(i);
        }

        assertThat(uiQueue).hasSize(1);
        uiQueue.poll().run();
        assertThat(delivered).containsExactly(100);
    }

    @Test
    void anOfferAfterADeliveryQueuesAnother() {
        relay.offer(1);
        uiQueue.poll().run();
        relay.offer(2);

        assertThat(uiQueue).hasSize(1);
        uiQueue.poll().run();
        assertThat(delivered).containsExactly(1, 2);
    }
}
