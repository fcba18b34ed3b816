package io.sightline.engine.bench;

import io.sightline.engine.LocalPlatform;
import io.sightline.engine.api.ExperimentSummary;
import io.sightline.engine.api.RunFields;
import io.sightline.engine.api.RunPage;
import io.sightline.engine.api.RunSearchRequest;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The runs table over one experiment of {@code runs} runs (default 100,000), embedded on H2: how long the batch
 * insert takes, then what the console asks when it opens the experiment (experiment list, field names, first
 * page) and as it scrolls, sorts and filters. Each figure is the median of {@value #REPEATS} calls after one
 * warm-up. Every tenth run is the child of the run before it ({@code mlflow.parentRunId}); each run has three
 * metrics, two parameters and two tags. Prints, asserts nothing.
 *
 * <p>Arguments: {@code [work-directory] [runs]}.
 */
public final class RunsBenchmark {
    private static final String EXPERIMENT = "sweep";
    private static final int REPEATS = 5;
    private static final int BATCH = 5_000;

    private RunsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "bench-data").toAbsolutePath().resolve("runs");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        deleteTree(work);
        Files.createDirectories(work);
        long insertStart = System.nanoTime();
        try (Database database = Database.h2File(work)) {
            insert(database, runs);
        }
        System.out.printf(Locale.ROOT, "inserted %,d runs (with 3 metrics, 2 params, 2 tags each) in %.1f s%n", runs,
                (System.nanoTime() - insertStart) / 1e9);
        try (LocalPlatform platform = LocalPlatform.open(work)) {
            long openStart = System.nanoTime();
            List<ExperimentSummary> experiments = platform.experiments();
            RunFields fields = platform.runFields(EXPERIMENT);
            RunPage first = platform.searchRuns(RunSearchRequest.firstPage(EXPERIMENT));
            System.out.printf(Locale.ROOT, "open experiment, cold (list, fields, first page of %d): %.0f ms; "
                    + "%d experiments, %d metric names%n", first.runs().size(), (System.nanoTime() - openStart) / 1e6,
                    experiments.size(), fields.metrics().size());
            RunSearchRequest top = RunSearchRequest.firstPage(EXPERIMENT);
            time("experiment list with run counts", platform::experiments);
            time("field names (newest 1,000 runs)", () -> platform.runFields(EXPERIMENT));
            time("first page, newest first, children folded", () -> platform.searchRuns(top));
            time("page 2", () -> platform.searchRuns(top.at(first.nextPageToken())));
            String deep = token(45_000, platform, top);
            time("page at run 45,000 (offset)", () -> platform.searchRuns(top.at(deep)));
            time("children of one parent", () -> platform.searchRuns(RunSearchRequest.children(EXPERIMENT,
                    first.childCounts().keySet().iterator().next())));
            time("sorted by metrics.auc DESC, first page", () -> platform.searchRuns(top.withOrder(
                    List.of("metrics.auc DESC"))));
            time("filter metrics.auc > 0.9 (about 10% match)", () -> platform.searchRuns(top.withFilter(
                    "metrics.auc > 0.9")));
            time("filter params.depth = '7' and metrics.loss < 0.2", () -> platform.searchRuns(top.withFilter(
                    "params.depth = '7' and metrics.loss < 0.2")));
            time("filter matching nothing (reads every run)", () -> platform.searchRuns(top.withFilter(
                    "metrics.auc > 2")));
        }
    }

    /** The page token for {@code offset}, as the engine hands it out: by paging there in the largest steps. */
    private static String token(int offset, LocalPlatform platform, RunSearchRequest request) {
        RunSearchRequest big = new RunSearchRequest(request.experiment(), request.filter(), request.orderBy(),
                request.foldChildren(), request.parentRunId(), RunSearchRequest.MAX_PAGE_SIZE, null);
        String token = null;
        for (int at = 0; at < offset; at += RunSearchRequest.MAX_PAGE_SIZE) {
            token = platform.searchRuns(big.at(token)).nextPageToken();
        }
        return token;
    }

    private static void time(String what, Supplier<?> call) {
        call.get();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            call.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Comparator.naturalOrder());
        System.out.printf(Locale.ROOT, "%-52s median %7.1f ms  (min %.1f, max %.1f)%n", what,
                millis.get(REPEATS / 2), millis.get(0), millis.get(REPEATS - 1));
    }

    /** Batch inserts straight into the tables, a few thousand runs a transaction. */
    private static void insert(Database database, int runs) {
        database.inTransaction(c -> Sql.update(c, "INSERT INTO experiment (name, lifecycle_stage, created_at, "
                + "updated_at) VALUES (?, 'active', ?, ?)", EXPERIMENT, Instant.now(), Instant.now()));
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        java.util.Random random = new java.util.Random(7);
        for (int from = 0; from < runs; from += BATCH) {
            List<Object[]> runRows = new ArrayList<>();
            List<Object[]> metrics = new ArrayList<>();
            List<Object[]> params = new ArrayList<>();
            List<Object[]> tags = new ArrayList<>();
            for (int i = from; i < Math.min(runs, from + BATCH); i++) {
                String id = String.format(Locale.ROOT, "run%08d", i);
                String parent = i % 10 == 9 ? String.format(Locale.ROOT, "run%08d", i - 1) : null;
                runRows.add(new Object[] {id, EXPERIMENT, "FINISHED", base.plusSeconds(i), base.plusSeconds(i + 60),
                        "run-" + i, "bench", parent});
                long at = base.plusSeconds(i + 60).toEpochMilli();
                metrics.add(new Object[] {id, "auc", random.nextDouble(), at});
                metrics.add(new Object[] {id, "loss", random.nextDouble(), at});
                metrics.add(new Object[] {id, "accuracy", random.nextDouble(), at});
                params.add(new Object[] {id, "depth", String.valueOf(random.nextInt(12))});
                params.add(new Object[] {id, "learning_rate", String.valueOf(random.nextInt(10) / 100.0)});
                tags.add(new Object[] {id, "mlflow.runName", "run-" + i});
                tags.add(new Object[] {id, "team", i % 2 == 0 ? "risk" : "growth"});
                if (parent != null) {
                    tags.add(new Object[] {id, "mlflow.parentRunId", parent});
                }
            }
            database.inTransaction(c -> {
                Sql.batch(c, "INSERT INTO run (id, experiment, status, params_json, metrics_json, leaderboard_json, "
                        + "importances_json, timings_json, started_at, finished_at, run_name, user_id, "
                        + "lifecycle_stage, parent_run_id) VALUES (?, ?, ?, '{}', '{}', '[]', '[]', '{}', ?, ?, ?, ?, "
                        + "'active', ?)", runRows);
                Sql.batch(c, "INSERT INTO latest_metric (run_id, metric_key, metric_value, logged_ms, step) "
                        + "VALUES (?, ?, ?, ?, 0)", metrics);
                Sql.batch(c, "INSERT INTO run_param (run_id, param_key, param_value) VALUES (?, ?, ?)", params);
                Sql.batch(c, "INSERT INTO run_tag (run_id, tag_key, tag_value) VALUES (?, ?, ?)", tags);
                return null;
            });
        }
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
