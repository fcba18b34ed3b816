package io.sightline.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.ComponentHealth;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.HealthStatus;
import io.sightline.engine.api.PlatformEvent;
import java.nio.file.Path;
import java.time.Duration;
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

    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    @Test
    void subscribersOnEveryNodeHearEveryNodesEventsExactlyOnceInOrder() throws InterruptedException {
        try (Database database = Database.h2File(directory);
             EventLog nodeA = new EventLog(database, Duration.ofMillis(20));
             EventLog nodeB = new EventLog(database, Duration.ofMillis(20))) {
            List<PlatformEvent> heardOnA = Collections.synchronizedList(new ArrayList<>());
            List<PlatformEvent> heardOnB = Collections.synchronizedList(new ArrayList<>());
            try (EventSubscription a = nodeA.subscribe(0, heardOnA::add);
                 EventSubscription b = nodeB.subscribe(0, heardOnB::add)) {
                Thread publisherA = Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < 100; i++) {
                        nodeA.publish(imported("a-" + i));
                    }
                });
                Thread publisherB = Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < 100; i++) {
                        nodeB.publish(imported("b-" + i));
                    }
                });
                publisherA.join();
                publisherB.join();
                awaitSize(heardOnA, 200);
                awaitSize(heardOnB, 200);
            }
            List<Long> everyId = java.util.stream.LongStream.rangeClosed(1, 200).boxed().toList();
            assertThat(heardOnA).extracting(PlatformEvent::id).containsExactlyElementsOf(everyId);
            assertThat(heardOnB).extracting(PlatformEvent::id).containsExactlyElementsOf(everyId);
            assertThat(heardOnB).extracting(e -> ((PlatformEvent.DatasetImported) e).name())
                    .contains("a-0", "a-99", "b-0", "b-99");
            assertThat(nodeA.lastId()).isEqualTo(200);
            assertThat(nodeB.lastId()).isEqualTo(200);
        }
    }

    @Test
    void aSubscriberThatAsksForIdsThisNodeHasNotReadYetGetsThemOnceWithoutDuplicates() throws InterruptedException {
        try (Database database = Database.h2File(directory);
             EventLog nodeA = new EventLog(database);
             EventLog nodeB = new EventLog(database, Duration.ofHours(1))) {
            for (int i = 0; i < 3; i++) {
                nodeA.publish(imported("a-" + i));
            }
            assertThat(nodeB.lastId()).isEqualTo(3);
            List<PlatformEvent> heard = Collections.synchronizedList(new ArrayList<>());
            try (EventSubscription subscription = nodeB.subscribe(2, heard::add)) {
                // node B has not read node A's events yet; its own next event makes it catch up first
                nodeB.publish(imported("b-0"));
                awaitSize(heard, 2);
                Thread.sleep(100);
            }
            assertThat(heard).extracting(PlatformEvent::id).containsExactly(3L, 4L);
        }
    }

    @Test
    void healthCountsListenersAndTurnsYellowWhenOneFallsBehindThenRedOnceClosed() throws InterruptedException {
        try (Database database = Database.h2File(directory)) {
            EventLog log = new EventLog(database, Duration.ZERO, 5);
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
