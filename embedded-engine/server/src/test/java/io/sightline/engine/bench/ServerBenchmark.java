package io.sightline.engine.bench;

import io.sightline.engine.SampleData;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.engine.server.ServerSettings;
import io.sightline.engine.server.TestServer;
import io.sightline.engine.wire.Wire;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Prints what the HTTP layer costs: single-row predictions on credit-g through a deployment in process, then
 * over loopback HTTP (JSON in, JSON out, a bearer token checked on each call) with 1, 2 and 4 clients each
 * sending one request at a time — requests per second and latency percentiles.
 * Not a test: {@code mvn -B -DskipTests -Pserver-benchmark -pl embedded-engine -am verify}, or run it by hand
 * with {@code java -cp <test classpath> io.sightline.engine.bench.ServerBenchmark [seconds per measurement]}.
 */
public final class ServerBenchmark {
    private ServerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5.0;
        Path dir = Files.createTempDirectory("sightline-server-bench");
        TestServer server = TestServer.start(dir.resolve("data"), ServerSettings.loopback());
        try {
            Path csv = SampleData.copyTo(dir, SampleData.CREDIT_G);
            DatasetInfo credit = server.platform().importDataset("credit-g", csv);
            RunInfo run = server.platform().run(server.platform().awaitTraining(server.platform().startTraining(
                    new TrainingRequest(credit.id(), "class", Map.of(), 3, Duration.ofSeconds(30), 42, "credit"))
                    .id(), Duration.ofMinutes(5)).runId());
            server.platform().deploy("credit-live", run.model().model(), run.model().version());
            List<Map<String, String>> rows = SampleData.readRows(csv);
            System.out.printf(Locale.ROOT, "Model %s (%s) on %d credit-g rows; %.0f s per measurement, %d cores%n",
                    run.model(), run.bestCandidate(), rows.size(), seconds, Runtime.getRuntime().availableProcessors());
            inProcess(server, rows, seconds);
            System.out.printf(Locale.ROOT, "%-28s %8s %10s %9s %9s %9s%n", "path", "clients", "requests/s", "p50 ms",
                    "p99 ms", "p99.9 ms");
            for (int clients : new int[] {1, 2, 4}) {
                overHttp(server, rows, clients, seconds);
            }
        } finally {
            server.stop();
        }
    }

    private static void inProcess(TestServer server, List<Map<String, String>> rows, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long calls = 0;
        long start = System.nanoTime();
        while (System.nanoTime() < deadline) {
            server.platform().predict("credit-live", rows.get((int) (calls++ % rows.size())));
        }
        System.out.printf(Locale.ROOT, "In process (Platform.predict): %,.0f predictions/s%n",
                calls / ((System.nanoTime() - start) / 1e9));
    }

    private static void overHttp(TestServer server, List<Map<String, String>> rows, int clients, double seconds)
            throws Exception {
        List<String> bodies = new ArrayList<>();
        for (Map<String, String> row : rows) {
            bodies.add(Wire.MAPPER.writeValueAsString(row));
        }
        URI uri = URI.create(server.url() + "/api/v1/deployments/credit-live/predictions");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Histogram latencies = new Histogram(3);
        AtomicLong failures = new AtomicLong();
        long warmUpEnd = System.nanoTime() + 1_000_000_000L;
        long end = warmUpEnd + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            threads.add(Thread.ofPlatform().start(() -> {
                Histogram own = new Histogram(3);
                long i = offset;
                while (System.nanoTime() < end) {
                    HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + server.token())
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(bodies.get((int) (i++ % bodies.size())))).build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    if (start > warmUpEnd) {
                        own.recordValue((System.nanoTime() - start) / 1_000);
                    }
                }
                synchronized (latencies) {
                    latencies.add(own);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.printf(Locale.ROOT, "%-28s %8d %,10.0f %9.2f %9.2f %9.2f%s%n", "HTTP POST .../predictions", clients,
                latencies.getTotalCount() / seconds, latencies.getValueAtPercentile(50) / 1e3,
                latencies.getValueAtPercentile(99) / 1e3, latencies.getValueAtPercentile(99.9) / 1e3,
                failures.get() == 0 ? "" : "  (" + failures.get() + " failed)");
    }
}
