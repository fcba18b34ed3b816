package io.sightline.engine.server.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.PlatformEvent;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A client that connects to the event stream and never reads does not hold the server's memory or the other
 * clients hostage: its queue is bounded, it is disconnected once it falls that far behind, and a client that
 * reads keeps getting every event and its heartbeats meanwhile.
 */
class SlowEventClientTest {
    private static final int QUEUE_LIMIT = 100;
    private static final int EVENTS = 5_000;
    /** About 4 KB an event: 20 MB in all, far more than the sockets' buffers hold. */
    private static final String BIG = "m".repeat(4_000);

    private final PublishedEvents events = new PublishedEvents();
    private final EventStream stream = new EventStream(events, Duration.ofMillis(100), new SimpleMeterRegistry(),
            QUEUE_LIMIT, Duration.ofSeconds(5));
    private final Javalin app = Javalin.create(config -> config.useVirtualThreads = true)
            .get("/events", stream).start("127.0.0.1", 0);

    /** Events the test publishes to every subscriber, each with the next id. */
    private static final class PublishedEvents implements Events {
        private final List<Consumer<PlatformEvent>> listeners = new CopyOnWriteArrayList<>();
        private final AtomicLong latest = new AtomicLong();

        @Override
        public long latestEventId() {
            return latest.get();
        }

        @Override
        public EventSubscription subscribe(long sinceId, Consumer<PlatformEvent> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }

        void publish() {
            PlatformEvent event = new PlatformEvent.ModelVersionRegistered(latest.incrementAndGet(), Instant.now(), BIG, 1);
            listeners.forEach(listener -> listener.accept(event));
        }
    }

    @AfterEach
    void stop() {
        stream.close();
        app.stop();
    }

    @Test
    void aClientThatNeverReadsIsDisconnectedWhileOneThatReadsGetsEverything() throws Exception {
        int port = app.port();
        AtomicInteger eventsRead = new AtomicInteger();
        AtomicInteger heartbeatsRead = new AtomicInteger();
        HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/events"))
                        .header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body().forEach(line -> {
                    if (line.equals("event: model-version-registered")) {
                        eventsRead.incrementAndGet();
                    } else if (line.equals("event: heartbeat")) {
                        heartbeatsRead.incrementAndGet();
                    }
                }));
        try (Socket silent = new Socket()) {
            silent.setReceiveBufferSize(1024);
            silent.connect(new InetSocketAddress("127.0.0.1", port));
            OutputStream out = silent.getOutputStream();
            out.write(("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            waitUntil(() -> stream.clients() >= 2 && events.listeners.size() >= 2);

            double mostQueued = 0;
            for (int i = 0; i < EVENTS; i++) {
                // the platform's pace: never more ahead of a reading client than half its queue
                int published = i;
                waitUntil(() -> published - eventsRead.get() < QUEUE_LIMIT / 2);
                events.publish();
                mostQueued = Math.max(mostQueued, stream.queued());
            }

            waitUntil(() -> stream.evictions() >= 1);
            waitUntil(() -> eventsRead.get() >= EVENTS);
            int heartbeatsThen = heartbeatsRead.get();
            waitUntil(() -> heartbeatsRead.get() >= heartbeatsThen + 3);

            assertThat(stream.clients()).as("the reading client stays, the silent one is gone").isEqualTo(1);
            assertThat(events.listeners).as("the silent client's subscription is closed").hasSize(1);
            assertThat(mostQueued).as("frames ever waiting, both clients together")
                    .isLessThanOrEqualTo(2.0 * (QUEUE_LIMIT + 1));
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited a minute for the condition").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
