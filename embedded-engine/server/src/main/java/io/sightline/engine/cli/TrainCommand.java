package io.sightline.engine.cli;

import io.sightline.engine.LocalPlatform;
import io.sightline.engine.api.CandidateResult;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.EventSubscription;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.JobState;
import io.sightline.engine.api.PlatformEvent;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.api.TargetAnalysis;
import io.sightline.engine.api.TrainingJob;
import io.sightline.engine.api.TrainingRequest;
import io.sightline.engine.wire.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sightline train}: import a CSV, run AutoML, print the leaderboard and register the winner. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Imports a CSV file, lets AutoML pick the best model, prints the leaderboard and the chosen "
                + "model's cross-validated and test metrics, and registers it as a new model version.")
final class TrainCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    SightlineCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The data: one row per example, a header row.")
    Path file;

    @Option(names = "--target", paramLabel = "COLUMN", description = "The column to predict (default: the last one).")
    String target;

    @Option(names = "--budget", paramLabel = "SECONDS", defaultValue = "300",
            description = "Time AutoML may spend trying candidates (default: ${DEFAULT-VALUE}).")
    long budgetSeconds;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed; the same seed gives the same leaderboard.")
    long seed;

    @Option(names = "--name", paramLabel = "MODEL", description = "Registered model name (default: from the file name).")
    String modelName;

    @Option(names = "--json", description = "Print the result as JSON instead of a table.")
    boolean json;

    /** The job whose progress is printed; set once training has started. */
    private volatile String progressJob;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (budgetSeconds <= 0) {
            throw PlatformException.invalid("--budget must be a positive number of seconds.");
        }
        try (LocalPlatform platform = parent.openPlatform()) {
            DatasetInfo dataset = platform.importDataset(null, file);
            String column = target == null ? dataset.defaultTarget() : target;
            TargetAnalysis analysis = platform.analyzeTarget(dataset.id(), column, Map.of());
            analysis.problems().forEach(p -> err.println(p.severity() + ": " + p.message()));
            TrainingRequest request = new TrainingRequest(dataset.id(), column, Map.of(), folds,
                    Duration.ofSeconds(budgetSeconds), seed, modelName);
            TrainingJob job;
            try (EventSubscription progress = followProgress(platform, err)) {
                job = platform.startTraining(request);
                progressJob = job.id();
                job = platform.awaitTraining(job.id(), Duration.ofSeconds(budgetSeconds).plusMinutes(30));
            }
            if (job.state() != JobState.SUCCEEDED) {
                throw new PlatformException(job.state() == JobState.CANCELLED ? ErrorCode.CANCELLED : ErrorCode.INTERNAL,
                        "Training did not succeed: " + job.message());
            }
            RunInfo run = platform.run(job.runId());
            if (json) {
                out.println(Json.write(summary(dataset, run)));
            } else {
                printTable(out, dataset, run);
            }
            return 0;
        }
    }

    private EventSubscription followProgress(Events events, PrintWriter err) {
        return events.subscribe(events.latestEventId(), event -> {
            if (event instanceof PlatformEvent.TrainingProgress p && p.jobId().equals(progressJob)
                    && p.finishedCandidate() != null) {
                CandidateResult c = p.finishedCandidate();
                err.printf(Locale.ROOT, "  %-28s %s %s%n", c.name(), c.ok() ? format(c.cvScore()) : c.status(),
                        c.ok() ? c.metric() : c.note());
                err.flush();
            }
        });
    }

    private static Map<String, Object> summary(DatasetInfo dataset, RunInfo run) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("dataset", Map.of("id", dataset.id(), "name", dataset.name(), "sha256", dataset.sha256(),
                "rows", dataset.rows()));
        summary.put("run_id", run.id());
        summary.put("target", run.target());
        summary.put("task", run.task());
        summary.put("model", Map.of("name", run.model().model(), "version", run.model().version()));
        summary.put("best_candidate", run.bestCandidate());
        summary.put("leaderboard", run.leaderboard());
        summary.put("cross_validation", metricsWithPrefix(run.metrics(), "cv_"));
        summary.put("test", run.testEvaluation() == null ? Map.of() : run.testEvaluation().metrics());
        summary.put("baseline", run.baseline() == null ? Map.of() : run.baseline().metrics());
        summary.put("timings_ms", run.timingsMillis());
        return summary;
    }

    private static Map<String, Double> metricsWithPrefix(Map<String, Double> metrics, String prefix) {
        Map<String, Double> picked = new TreeMap<>();
        metrics.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                picked.put(name.substring(prefix.length()), value);
            }
        });
        return picked;
    }

    private static void printTable(PrintWriter out, DatasetInfo dataset, RunInfo run) {
        out.printf(Locale.ROOT, "Dataset   %s (%d rows, sha256 %s)%n", dataset.name(), dataset.rows(),
                dataset.sha256().substring(0, 12));
        out.printf(Locale.ROOT, "Target    %s (%s)%n", run.target(), run.task().plainName());
        out.println();
        out.printf(Locale.ROOT, "%-4s %-28s %-10s %10s %8s %10s %10s  %s%n", "#", "candidate", "metric", "cv score",
                "± std", "train ms", "µs/row", "status");
        int rank = 1;
        for (CandidateResult c : run.leaderboard()) {
            out.printf(Locale.ROOT, "%-4d %-28s %-10s %10s %8s %10d %10.1f  %s%n", rank++, c.name(), c.metric(),
                    format(c.cvScore()), format(c.cvStd()), c.trainMillis(), c.predictMicrosPerRow(),
                    c.ok() ? "ok" : c.status() + (c.note() == null ? "" : ": " + c.note()));
        }
        out.println();
        out.println("Chosen    " + run.bestCandidate());
        out.println("CV        " + formatMetrics(metricsWithPrefix(run.metrics(), "cv_")));
        if (run.testEvaluation() != null) {
            out.println("Test      " + formatMetrics(new TreeMap<>(run.testEvaluation().metrics())));
        }
        if (run.baseline() != null) {
            out.println("Guessing  " + formatMetrics(new TreeMap<>(run.baseline().metrics())) + " ("
                    + run.baseline().description() + ")");
        }
        out.println("Model     " + run.model() + " registered (run " + run.id() + ")");
    }

    private static String formatMetrics(Map<String, Double> metrics) {
        StringBuilder text = new StringBuilder();
        metrics.forEach((name, value) -> text.append(name).append(' ').append(format(value)).append("  "));
        return text.toString().strip();
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }
}
