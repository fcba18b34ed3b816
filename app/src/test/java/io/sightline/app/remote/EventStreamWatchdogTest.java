package io.sightline.app.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.wire.Wire;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * A link that goes silent without closing (a dropped NAT entry, a frozen proxy) is noticed by the missing
 * heartbeats: the client reconnects from the last event it delivered and drops an event sent twice.
 */
class EventStreamWatchdogTest {

    @Test
    void aSilentLinkIsReplacedAndResumesAfterTheLastDeliveredEvent() throws Exception {
        List<String> requests = new CopyOnWriteArrayList<>();
        List<Socket> sockets = new CopyOnWriteArrayList<>();
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread fake = Thread.ofPlatform().daemon().start(() -> serve(server, requests, sockets));
            ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
            List<ConnectionStatus.State> states = new CopyOnWriteArrayList<>();
            LinkMonitor link = new LinkMonitor(scheduler, "test");
            link.listen(status -> states.add(status.state()));
            OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ZERO).build();
            ApiClient api = new ApiClient(http, URI.create("http://127.0.0.1:" + server.getLocalPort()), "sl_test", link);
            List<Long> received = new CopyOnWriteArrayList<>();
            EventStreamClient stream = new EventStreamClient(http, api, link,
                    new Backoff(Duration.ofMillis(20), Duration.ofMillis(100)), scheduler, 0, e -> received.add(e.id()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (received.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            stream.close();
            scheduler.shutdownNow();
            fake.interrupt();
            for (Socket socket : sockets) {
                socket.close();
            }
            assertThat(received).containsExactly(1L, 2L);
            assertThat(requests).hasSizeGreaterThanOrEqualTo(2);
            assertThat(requests.get(0)).contains("since=0").contains("Bearer sl_test");
            assertThat(requests.get(1)).contains("since=1").contains("Last-Event-ID: 1");
            assertThat(states).containsSubsequence(ConnectionStatus.State.CONNECTED,
                    ConnectionStatus.State.RECONNECTING, ConnectionStatus.State.CONNECTED);
        }
    }

    /** First connection: greeting (heartbeat every 100 ms), event 1, then silence. Later: event 1 again, event 2. */
    private static void serve(ServerSocket server, List<String> requests, List<Socket> sockets) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Socket socket = server.accept();
                sockets.add(socket);
                requests.add(readRequest(socket));
                OutputStream out = socket.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n"
                        + frame(null, "hello", "{\"heartbeatMillis\":100,\"latestEventId\":2}")
                        + event(1)).getBytes(StandardCharsets.UTF_8));
                if (requests.size() > 1) {
                    out.write((event(2) + frame(null, "heartbeat", "{\"latestEventId\":2}"))
                            .getBytes(StandardCharsets.UTF_8));
                }
                out.flush(); // and then nothing more on this connection
            }
        } catch (IOException e) {
            // the test is over
        }
    }

    private static String readRequest(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
            lines.add(line);
        }
        return String.join("\n", lines);
    }

    private static String event(long id) throws IOException {
        PlatformEvent event = new PlatformEvent.DatasetImported(id, Instant.parse("2026-01-01T00:00:00Z"), "ds_" + id,
                "data", 24);
        return frame(String.valueOf(id), "dataset-imported",
                Wire.MAPPER.writerFor(PlatformEvent.class).writeValueAsString(event));
    }

    private static String frame(String id, String name, String data) {
        return (id == null ? "" : "id: " + id + "\n") + "event: " + name + "\ndata: " + data + "\n\n";
    }
}
