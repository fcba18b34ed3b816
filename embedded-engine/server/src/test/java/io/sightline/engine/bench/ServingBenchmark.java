package io.sightline.engine.bench;

import io.javalin.Javalin;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.sightline.engine.LocalPlatform;
import io.sightline.engine.SampleData;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.Platform;
import io.sightline.engine.api.PredictionResult;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.engine.registry.ArtifactStore;
import io.sightline.engine.server.oip.OipRoutes;
import io.sightline.engine.train.ModelPrediction;
import io.sightline.engine.train.TrainedModel;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Java side of the serving benchmark ({@code bench/serving/run.sh}): imports breast-cancer-wisconsin (30
 * numeric features), lets AutoML choose and train a model, deploys it as {@code breast-cancer}, measures the
 * platform's own single-row predict in this process, then serves the Open Inference Protocol on loopback until
 * stopped, twice: on {@code --port} over the platform as it is, and on the next port over the same platform
 * with {@code predict} answered by the loaded model without the prediction log, to show what logging every
 * prediction costs. When ready it writes {@code port}, {@code unlogged_port}, {@code algorithm} and
 * {@code model} lines to the ready file. {@code GET /bench/report} on either port tells what that server saw.
 *
 * <p>Arguments: {@code [--port N] [--ready-file PATH] [--budget SECONDS] [--platform-threads]}.
 */
public final class ServingBenchmark {
    static final String DEPLOYMENT = "breast-cancer";

    private ServingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int port = Integer.parseInt(options.getOrDefault("--port", "18080"));
        Duration budget = Duration.ofSeconds(Long.parseLong(options.getOrDefault("--budget", "60")));
        boolean virtualThreads = !options.containsKey("--platform-threads");

        Path directory = Files.createTempDirectory("sightline-serving");
        LocalPlatform platform = LocalPlatform.open(directory.resolve("platform"));
        DatasetInfo dataset = platform.importDataset("breast-cancer",
                SampleData.copyTo(directory, SampleData.BREAST_CANCER));
        long start = System.nanoTime();
        TrainingJob job = platform.awaitTraining(platform.startTraining(
                TrainingRequest.of(dataset.id(), "target", DEPLOYMENT).withBudget(budget)).id(), budget.plusMinutes(5));
        RunInfo run = platform.run(job.runId());
        ModelVersion version = platform.modelVersion(run.model().model(), run.model().version());
        System.out.printf(Locale.ROOT, "AutoML chose %s in %.1f s (test AUC %.3f, accuracy %.3f); %d inputs%n",
                version.algorithm(), (System.nanoTime() - start) / 1e9, run.testEvaluation().metric("auc"),
                run.testEvaluation().metric("accuracy"), version.schema().inputs().size());
        platform.deploy(DEPLOYMENT, version.model(), version.version());
        measurePredict(platform, firstRow(version));

        Javalin logged = serve(platform, platform, port, virtualThreads);
        Javalin unlogged = serve(withoutPredictionLog(platform, version), null, port + 1, virtualThreads);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            logged.stop();
            unlogged.stop();
            platform.close();
        }));
        System.out.printf(Locale.ROOT, "Serving OIP on http://127.0.0.1:%d/v2/models/%s, and without the prediction log"
                + " on port %d (%s threads)%n", logged.port(), DEPLOYMENT, unlogged.port(),
                virtualThreads ? "virtual" : "platform");
        String readyFile = options.get("--ready-file");
        if (readyFile != null) {
            Path ready = Path.of(readyFile).toAbsolutePath();
            Path temporary = Files.createTempFile(ready.getParent(), ".ready", "");
            Files.writeString(temporary, "port=" + logged.port() + "\nunlogged_port=" + unlogged.port()
                    + "\nalgorithm=" + version.algorithm() + "\nmodel=" + version.model() + ":" + version.version() + "\n");
            Files.move(temporary, ready, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** A bare server with the OIP routes over {@code platform}, and the report of what it served. */
    private static Javalin serve(Platform platform, LocalPlatform logging, int port, boolean virtualThreads) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        OipRoutes routes = new OipRoutes(platform, registry);
        Javalin server = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.useVirtualThreads = virtualThreads;
        });
        routes.mount(server);
        server.get("/bench/report", ctx -> ctx.result(report(registry, logging)));
        server.events(events -> events.serverStopped(routes::close));
        return server.start("127.0.0.1", port);
    }

    /** Requests and server-side latency; with the prediction log, whether it kept up. */
    private static String report(SimpleMeterRegistry registry, LocalPlatform logging) {
        StringBuilder text = new StringBuilder();
        Timer latency = registry.find("sightline.oip.infer.latency").tag("deployment", DEPLOYMENT).timer();
        if (latency != null) {
            text.append(String.format(Locale.ROOT, "server side: %,d infer requests, mean %.3f ms, max %.3f ms%n",
                    latency.count(), latency.mean(TimeUnit.MILLISECONDS), latency.max(TimeUnit.MILLISECONDS)));
        }
        if (logging != null) {
            boolean flushed = logging.flushPredictionLog(Duration.ofSeconds(60));
            text.append("prediction log ").append(flushed ? "written" : "still writing after 60 s").append("; ");
            logging.health().components().stream().filter(c -> c.component().equals("scoring"))
                    .forEach(c -> text.append(c.detail()).append('\n'));
        }
        return text.toString();
    }

    /**
     * The platform with {@code predict} answered by the deployed model loaded from its artifact, without writing
     * the prediction log; everything else goes to {@code platform}. A diagnostic only: the product always logs.
     */
    private static Platform withoutPredictionLog(LocalPlatform platform, ModelVersion version) {
        TrainedModel model = TrainedModel.fromBytes(new ArtifactStore(platform.dataDirectory().resolve("models"),
                ".model.zip").get(version.artifactSha256()));
        return (Platform) Proxy.newProxyInstance(Platform.class.getClassLoader(), new Class<?>[] {Platform.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("predict")) {
                        long began = System.nanoTime();
                        @SuppressWarnings("unchecked")
                        ModelPrediction p = model.predict((Map<String, String>) arguments[1]);
                        return new PredictionResult((String) arguments[0], version.ref(), p.label(), p.value(),
                                p.confidence(), p.probabilities(), (System.nanoTime() - began) / 1e3, null, null,
                                Decision.ALLOW, null);
                    }
                    try {
                        return method.invoke(platform, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The first row of the dataset as the deployment takes it, to score in process. */
    private static Map<String, String> firstRow(ModelVersion version) throws IOException {
        Path copy = SampleData.copyTo(Files.createTempDirectory("sightline-row"), SampleData.BREAST_CANCER);
        List<String> lines = Files.readAllLines(copy);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        String[] cells = lines.get(1).split(",");
        Map<String, String> row = new HashMap<>();
        for (FieldSpec field : version.schema().inputs()) {
            row.put(field.name(), cells[header.indexOf(field.name())]);
        }
        return row;
    }

    /** Platform.predict for one row in a loop on one thread: the engine's own cost, without HTTP or JSON. */
    private static void measurePredict(LocalPlatform platform, Map<String, String> row) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < until) {
            platform.predict(DEPLOYMENT, row);
        }
        int calls = 100_000;
        long[] nanos = new long[calls];
        long began = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            platform.predict(DEPLOYMENT, row);
            nanos[i] = System.nanoTime() - t;
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "Platform.predict in process, one thread: %,.0f rows/s, p50 %.1f µs, p99 %.1f µs;"
                + " the prediction log then took %.1f s more to write them%n", calls / seconds, nanos[calls / 2] / 1e3,
                nanos[calls * 99 / 100] / 1e3, flushSeconds(platform));
    }

    private static double flushSeconds(LocalPlatform platform) {
        long began = System.nanoTime();
        platform.flushPredictionLog(Duration.ofMinutes(2));
        return (System.nanoTime() - began) / 1e9;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--platform-threads")) {
                options.put(args[i], "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else {
                throw new IllegalArgumentException("Unknown argument " + args[i]
                        + "; use --port N, --ready-file PATH, --budget SECONDS, --platform-threads");
            }
        }
        return options;
    }
}
