package io.sightline.app.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.server.ServerSettings;
import io.sightline.engine.server.TestServer;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event stream across a server restart, and what the client says when it cannot get through. */
class RemoteEventStreamTest {
    private static final ServerSettings QUICK = ServerSettings.loopback().withHeartbeat(Duration.ofMillis(200));

    @TempDir
    Path directory;

    @Test
    void everyEventArrivesExactlyOnceAndInOrderAcrossAServerRestart() throws Exception {
        Path data = directory.resolve("data");
        Path csv = directory.resolve("tiny.csv");
        Files.writeString(csv, "a,b\n" + "1,x\n2,y\n3,x\n".repeat(8));
        TestServer first = TestServer.start(data, QUICK);
        int port = first.server().port();
        String token = first.token();
        List<Long> received = new CopyOnWriteArrayList<>();
        List<ConnectionStatus.State> states = new CopyOnWriteArrayList<>();
        RemotePlatform remote = RemotePlatform.connect(first.server().url(), token, Duration.ofMillis(50),
                Duration.ofMillis(400));
        remote.onStatusChange(status -> states.add(status.state()));
        EventSubscription subscription = remote.subscribe(0, event -> received.add(event.id()));

        // Events are produced on the server side the whole time, whether or not the client is connected.
        AtomicBoolean producing = new AtomicBoolean(true);
        List<Throwable> producerFailures = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<TestServer> current = new AtomicReference<>(first);
        Thread producer = Thread.ofPlatform().start(() -> {
            while (producing.get()) {
                TestServer live = current.get();
                try {
                    if (live != null) {
                        live.platform().importDataset("tiny", csv);
                    }
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    if (current.get() == live) {
                        producerFailures.add(e);
                    } // else: that server was being stopped under the import, which is the point of the test
                }
            }
        });
        awaitAtLeast(received, 10);
        current.set(null);
        first.stop();
        Thread.sleep(600); // longer than three heartbeats: the client notices and retries
        TestServer second = TestServer.start(data, QUICK.withPort(port), token);
        current.set(second);
        awaitAtLeast(received, received.size() + 10);
        producing.set(false);
        producer.join();
        long last = second.platform().latestEventId();
        awaitAtLeast(received, (int) last);
        subscription.close();
        remote.close();
        second.stop();

        assertThat(producerFailures).isEmpty();
        assertThat(received).containsExactlyElementsOf(LongStream.rangeClosed(1, last).boxed().toList());
        assertThat(states).contains(ConnectionStatus.State.RECONNECTING);
        assertThat(states.get(states.size() - 1)).isEqualTo(ConnectionStatus.State.CONNECTED);
        assertThat(states.lastIndexOf(ConnectionStatus.State.CONNECTED))
                .isGreaterThan(states.indexOf(ConnectionStatus.State.RECONNECTING));
    }

    @Test
    void anUnreachableServerIsAPlainUnavailableError() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + freePort);
        assertThatThrownBy(() -> RemotePlatform.connect(nowhere, "sl_whatever"))
                .isInstanceOfSatisfying(PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE);
                    assertThat(e.getMessage()).startsWith("Cannot reach the Sightline server at http://127.0.0.1:"
                            + freePort).contains("check that it is running");
                });
    }

    @Test
    void aRefusedTokenIsUnauthorizedAndNeverShown() {
        TestServer server = TestServer.start(directory.resolve("data"), QUICK);
        try {
            assertThatThrownBy(() -> RemotePlatform.connect(server.server().url(), "sl_wrong"))
                    .isInstanceOfSatisfying(PlatformException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHORIZED);
                        assertThat(e.getMessage()).doesNotContain("sl_wrong");
                    });
            try (RemotePlatform remote = RemotePlatform.connect(server.server().url(), server.token())) {
                assertThat(remote.toString()).isEqualTo("RemotePlatform[" + server.url() + "]");
                server.stop();
                assertThatThrownBy(remote::datasets).isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE));
                assertThat(remote.status().state()).isEqualTo(ConnectionStatus.State.OFFLINE);
                assertThat(remote.status().detail()).startsWith("Cannot reach");
            }
        } finally {
            server.stop();
        }
    }

    private static void awaitAtLeast(List<Long> received, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(received.size()).as("events received").isGreaterThanOrEqualTo(count);
    }
}
