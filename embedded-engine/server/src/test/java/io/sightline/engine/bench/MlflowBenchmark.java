package io.sightline.engine.bench;

import io.javalin.Javalin;
import io.sightline.engine.LocalPlatform;
import io.sightline.engine.server.mlflow.MlflowRoutes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.mlflow.api.proto.Service.CreateRun;
import org.mlflow.api.proto.Service.Metric;
import org.mlflow.api.proto.Service.Param;
import org.mlflow.api.proto.Service.ViewType;
import org.mlflow.tracking.MlflowClient;

/**
 * MLflow logging figures through MLflow's official Java client on loopback, with the embedded H2 database:
 * single log-metric requests per second, log-batch of 1000 metrics, a filtered and ordered run search and
 * {@code Platform.runs()} over many logged runs. Prints, asserts nothing.
 *
 * <p>Run: {@code java -cp <test classpath> io.sightline.engine.bench.MlflowBenchmark [runs]} (default 2000).
 */
public final class MlflowBenchmark {

    public static void main(String[] args) throws Exception {
        int runCount = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path directory = Files.createTempDirectory("sightline-mlflow-bench");
        try (LocalPlatform platform = LocalPlatform.open(directory)) {
            Javalin server = Javalin.create();
            MlflowRoutes.on(platform).mount(server);
            server.start("127.0.0.1", 0);
            try (MlflowClient client = new MlflowClient("http://127.0.0.1:" + server.port())) {
                measure(platform, client, runCount);
            } finally {
                server.stop();
            }
        }
    }

    private static void measure(LocalPlatform platform, MlflowClient client, int runCount) {
        System.out.printf(Locale.ROOT, "Sightline MLflow benchmark — %d cores, Java %s, H2, official client 2.17.2%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        String experimentId = client.createExperiment("bench");
        String runId = client.createRun(experimentId).getRunId();

        int singles = 2000;
        long start = System.nanoTime();
        for (int i = 0; i < singles; i++) {
            client.logMetric(runId, "loss", 1.0 / (i + 1), System.currentTimeMillis(), i);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "log-metric, one per request:   %,8.0f requests/s (%d requests)%n",
                singles / seconds, singles);

        int batches = 50;
        start = System.nanoTime();
        for (int b = 0; b < batches; b++) {
            List<Metric> metrics = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                metrics.add(Metric.newBuilder().setKey("m" + (i % 20)).setValue(i).setTimestamp(b * 1000L + i)
                        .setStep(b * 1000L + i).build());
            }
            client.logBatch(runId, metrics, List.of(), List.of());
        }
        seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "log-batch of 1000 metrics:     %,8.1f batches/s = %,.0f metrics/s%n",
                batches / seconds, batches * 1000 / seconds);

        start = System.nanoTime();
        for (int r = 0; r < runCount; r++) {
            String id = client.createRun(CreateRun.newBuilder().setExperimentId(experimentId).build()).getRunId();
            client.logBatch(id, List.of(Metric.newBuilder().setKey("rmse").setValue((r % 100) / 100.0)
                            .setTimestamp(r).build()),
                    List.of(Param.newBuilder().setKey("alpha").setValue(String.valueOf(r % 10)).build()), List.of());
            client.setTerminated(id);
        }
        seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "create + log-batch + terminate: %,8.0f runs/s (%d runs)%n",
                runCount / seconds, runCount);

        report("runs/search, filter + order, 100 of " + (runCount + 1), () -> client.searchRuns(List.of(experimentId),
                "metrics.rmse < 0.5 and params.alpha = '3'", ViewType.ACTIVE_ONLY, 100, List.of("metrics.rmse DESC"))
                .getItems().size());
        report("Platform.runs() of " + (runCount + 1) + " runs", () -> platform.runs().size());
    }

    private static void report(String what, Supplier<Integer> call) {
        long[] micros = new long[21];
        int size = 0;
        for (int i = 0; i < micros.length; i++) {
            long start = System.nanoTime();
            size = call.get();
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "%-40s p50 %,7.1f ms, best %,7.1f ms (%d results)%n", what + ":",
                micros[micros.length / 2] / 1000.0, micros[0] / 1000.0, size);
    }
}
