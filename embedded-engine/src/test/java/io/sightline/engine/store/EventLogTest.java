package io.sightline.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.ComponentHealth;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.HealthStatus;
import io.sightline.engine.api.PlatformEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogTest {

    @TempDir
    Path directory;

    private static PlatformEvent imported(String name) {
        return new PlatformEvent.DatasetImported(0, Instant.now(), "ds_" + name, name, 10);
    }

    @Test
    void idsIncreaseAndSurviveAReopen() {
        try (Database database = Database.h2File(directory); EventLog log = new EventLog(database)) {
            assertThat(log.publish(imported("a")).id()).isEqualTo(1);
            assertThat(log.publish(imported("b")).id()).isEqualTo(2);
        }
        try (Database database = Database.h2File(directory); EventLog log = new EventLog(database)) {
            assertThat(log.lastId()).isEqualTo(2);
            assertThat(log.publish(imported("c")).id()).isEqualTo(3);
            assertThat(log.since(1, 10)).extracting(PlatformEvent::id).containsExactly(2L, 3L);
            assertThat(log.since(0, 10).get(0)).isInstanceOfSatisfying(PlatformEvent.DatasetImported.class,
                    e -> assertThat(e.name()).isEqualTo("a"));
        }
    }

    @Test
    void aSubscriberGetsTheBacklogThenLiveEventsExactlyOnceInOrder() throws InterruptedException {
        try (Database database = Database.h2File(directory); EventLog log = new EventLog(database)) {
            for (int i = 0; i < 50; i++) {
                log.publish(imported("before-" + i));
            }
            List<PlatformEvent> seen = Collections.synchronizedList(new ArrayList<>());
            Thread publisher = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 200; i++) {
                    log.publish(imported("during-" + i));
                }
            });
            try (EventSubscription subscription = log.subscribe(20, seen::add)) {
                publisher.join();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (seen.size() < 230 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
            }
            assertThat(seen).extracting(PlatformEvent::id)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(21, 250).boxed().toList());
        }
    }

    @Test
    void aFailingListenerDoesNotStopDelivery() throws InterruptedException {
        try (Database database = Database.h2File(directory); EventLog log = new EventLog(database)) {
            List<Long> seen = Collections.synchronizedList(new ArrayList<>());
            try (EventSubscription subscription = log.subscribe(0, event -> {
                seen.add(event.id());
                if (event.id() == 1) {
                    throw new IllegalStateException("listener bug");
                }
            })) {
                log.publish(imported("x"));
                log.publish(imported("y"));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (seen.size() < 2 && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
            }
            assertThat(seen).containsExactly(1L, 2L);
        }
    }

    @Test
    void healthCountsListenersAndTurnsYellowWhenOneFallsBehindThenRedOnceClosed() throws InterruptedException {
        try (Database database = Database.h2File(directory)) {
            EventLog log = new EventLog(database, 5);
            ComponentHealth idle = log.health();
            assertThat(idle.component()).isEqualTo("event stream");
            assertThat(idle.status()).isEqualTo(HealthStatus.GREEN);
            assertThat(idle.detail()).startsWith("0 listener(s); last event #0");

            CountDownLatch release = new CountDownLatch(1);
            try (EventSubscription stuck = log.subscribe(0, event -> awaitQuietly(release))) {
                for (int i = 0; i < 8; i++) {
                    log.publish(imported("e" + i));
                }
                ComponentHealth behind = log.health();
                assertThat(behind.status()).isEqualTo(HealthStatus.YELLOW);
                assertThat(behind.detail()).startsWith("1 listener(s); last event #8").contains("events behind");
                release.countDown();
            }
            log.close();
            assertThat(log.health().status()).isEqualTo(HealthStatus.RED);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
