package io.sightline.engine.train;

import io.sightline.engine.api.Baseline;
import io.sightline.engine.api.CandidateResult;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.Evaluation;
import io.sightline.engine.api.FeatureImportance;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Task;
import io.sightline.engine.data.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.common.sgd.AbstractSGDTrainer;
import org.tribuo.ensemble.BaggingTrainer;
import org.tribuo.regression.slm.ElasticNetCDTrainer;

/**
 * Automatic model search: holds out a stratified test share, cross-validates each candidate learner on the
 * rest (preprocessing refitted inside every fold), ranks them, refits the winner on all training rows, and
 * measures it on the held-out rows against a guessing baseline, with the columns that matter most.
 */
public final class AutoMlTrainer {
    /**
     * Tribuo's bagging logs a line per tree, its SGD and elastic net lines per fit, at INFO: noise in a
     * console log. Held here because JUL keeps loggers only weakly.
     */
    private static final List<Logger> CHATTY_LOGS = List.of(
            Logger.getLogger(BaggingTrainer.class.getName()),
            Logger.getLogger(AbstractSGDTrainer.class.getName()),
            Logger.getLogger(ElasticNetCDTrainer.class.getName()));

    static {
        CHATTY_LOGS.forEach(log -> log.setLevel(Level.WARNING));
    }

    /** Folds and candidates are cross-validated side by side on this many threads: one per core. */
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final Function<Task, List<CandidateTrainer>> catalog;

    public AutoMlTrainer() {
        this(CandidateTrainer::forTask);
    }

    /** A search over other candidates than the standard ones (for tests and experiments). */
    AutoMlTrainer(Function<Task, List<CandidateTrainer>> catalog) {
        this.catalog = catalog;
    }

    /**
     * Runs the search. Throws {@link PlatformException} with {@link ErrorCode#INVALID_INPUT} when the data
     * cannot be learned from (no such target, fewer than two classes, no usable input column, too few rows),
     * and with {@link ErrorCode#CANCELLED} soon after {@code cancelled} turns true (checked before every fold).
     */
    public AutoMlResult train(Table table, String target, Task task, AutoMlConfig config, TrainingListener listener,
                              BooleanSupplier cancelled) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, AutoMlTrainer::worker);
        try {
            return new Search(table, target, task, config, listener, cancelled, pool).run();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The names of the candidates tried for {@code task}, in the order they are tried. */
    public List<String> candidateNames(Task task) {
        return catalog.apply(task).stream().map(CandidateTrainer::name).toList();
    }

    /**
     * Fits one named candidate on every row with a known target, without search or evaluation: for retraining
     * a chosen algorithm on new data, and for benchmarks.
     */
    public TrainedModel fit(Table table, String target, Task task, String candidateName, long seed) {
        CandidateTrainer candidate = catalog.apply(task).stream().filter(c -> c.name().equals(candidateName))
                .findFirst().orElseThrow(() -> PlatformException.invalid("There is no candidate '" + candidateName
                        + "' for " + task.plainName().toLowerCase(Locale.ROOT) + "; choose one of "
                        + String.join(", ", candidateNames(task)) + "."));
        TrainingTarget labels = TrainingTarget.of(table, target, task);
        requireInputs(table, labels.labelledRows(), labels);
        return candidate.fit(table, labels.labelledRows(), labels, seed);
    }

    private static void requireInputs(Table table, int[] rows, TrainingTarget target) {
        if (FeaturePipeline.fit(table, rows, target.column(), false).inputs().isEmpty()) {
            throw PlatformException.invalid("No column can be used to predict '" + target.column()
                    + "': identifiers, free text and columns with a single value are left out. Add columns that"
                    + " describe each row, or change their types.");
        }
    }

    /** The state of one search. */
    private final class Search {
        private final Table table;
        private final Task task;
        private final AutoMlConfig config;
        private final BooleanSupplier cancelled;
        private final List<CandidateTrainer> candidates;
        private final Progress progress;
        private final Map<String, Long> timings = new LinkedHashMap<>();
        private final TrainingTarget target;
        private final String metric;
        /** The search's own workers, one per core. */
        private final ExecutorService pool;

        Search(Table table, String targetColumn, Task task, AutoMlConfig config, TrainingListener listener,
               BooleanSupplier cancelled, ExecutorService pool) {
            this.pool = pool;
            this.table = table;
            this.task = task;
            this.config = config;
            this.cancelled = cancelled == null ? () -> false : cancelled;
            this.candidates = List.copyOf(catalog.apply(task));
            this.progress = new Progress(listener == null ? TrainingListener.none() : listener, candidates.size(),
                    config.folds());
            progress.emit("preparing", 0, null, 0, "Preparing the data", null);
            this.target = TrainingTarget.of(table, targetColumn, task);
            this.metric = task == Task.BINARY ? config.objective().metric() : ModelEvaluator.primaryMetric(task);
        }

        AutoMlResult run() {
            long phase = System.nanoTime();
            int[] labelled = target.labelledRows();
            CrossValidation.Fold split = config.testFraction() > 0
                    ? CrossValidation.holdout(labelled, strata(labelled), config.testFraction(), config.seed())
                    : new CrossValidation.Fold(labelled, new int[0]);
            int[] trainRows = split.train();
            if (trainRows.length < 2 * config.folds()) {
                throw PlatformException.invalid("Only " + trainRows.length + " rows with a known '" + target.column()
                        + "' are left for training; " + config.folds() + "-fold cross-validation needs at least "
                        + 2 * config.folds() + ". Add rows or use fewer folds.");
            }
            requireInputs(table, trainRows, target);
            List<CrossValidation.Fold> folds = CrossValidation.folds(trainRows, strata(trainRows), config.folds(),
                    config.seed());
            timings.put("preparing", millisSince(phase));

            phase = System.nanoTime();
            List<CandidateResult> results = new ArrayList<>();
            Scored best = null;
            // fold models are only needed to explain the winner when no rows are held out
            boolean keepFoldModels = split.validation().length == 0;
            List<List<Future<FoldRun>>> runs = submitAll(folds, keepFoldModels);
            for (int c = 0; c < candidates.size(); c++) {
                Scored scored = collect(c, folds, runs.get(c));
                results.add(scored.result());
                progress.candidateDone(c, scored.result());
                if (scored.result().ok() && (best == null || better(scored.result(), best.result()))) {
                    best = scored;
                }
            }
            timings.put("cross-validation", millisSince(phase));
            if (best == null) {
                throw new PlatformException(ErrorCode.INTERNAL, "No candidate model could be trained: "
                        + String.join("; ", results.stream().map(r -> r.name() + ": " + r.note()).toList()));
            }
            checkCancelled();

            phase = System.nanoTime();
            CandidateTrainer winner = candidates.get(best.index());
            progress.emit("refitting", best.index() + 1, winner.name(), 0,
                    "Refitting " + winner.name() + " on all " + trainRows.length + " training rows", null);
            TrainedModel model = winner.fit(table, trainRows, target, config.seed());
            if (!Double.isNaN(best.threshold())) {
                model = model.withThreshold(best.threshold());
            }
            progress.unitDone();
            timings.put("refit", millisSince(phase));
            checkCancelled();

            phase = System.nanoTime();
            progress.emit("evaluating", best.index() + 1, winner.name(), 0, "Evaluating " + winner.name()
                    + (split.validation().length > 0 ? " on " + split.validation().length + " held-out rows" : ""), null);
            Evaluation test = null;
            Baseline baseline;
            List<PermutationImportance.Holdout> holdouts = new ArrayList<>();
            if (split.validation().length > 0) {
                test = ModelEvaluator.evaluate(model, table, split.validation(), target);
                baseline = ModelEvaluator.baseline(List.of(split), target);
                holdouts.add(new PermutationImportance.Holdout(model, table, split.validation()));
            } else {
                baseline = ModelEvaluator.baseline(folds, target);
                for (int f = 0; f < folds.size(); f++) {
                    holdouts.add(new PermutationImportance.Holdout(best.foldModels().get(f), table,
                            folds.get(f).validation()));
                }
            }
            timings.put("evaluation", millisSince(phase));
            checkCancelled();
            phase = System.nanoTime();
            List<FeatureImportance> importances = PermutationImportance.compute(holdouts, target, config.seed(), pool);
            timings.put("importance", millisSince(phase));
            timings.put("total", progress.elapsedMillis());

            List<CandidateResult> leaderboard = new ArrayList<>(results);
            leaderboard.sort(this::rank);
            AutoMlResult result = new AutoMlResult(task, leaderboard, best.result().name(), model, best.pooled(),
                    test, baseline, importances, timings, params(best, trainRows.length,
                    split.validation().length, labelled.length), metrics(best.result(), test));
            progress.finish("Finished: the best model is " + winner.name());
            return result;
        }

        /**
         * Every fold of every candidate as a task of {@code pool}, in trying order: the candidates' folds run side by
         * side on all cores, each fold's encoded rows made once and shared by the candidates that want them.
         */
        private List<List<Future<FoldRun>>> submitAll(List<CrossValidation.Fold> folds, boolean keepModels) {
            Map<Integer, EncodedFold> encoded = new ConcurrentHashMap<>();
            List<List<Future<FoldRun>>> runs = new ArrayList<>();
            for (int c = 0; c < candidates.size(); c++) {
                AtomicBoolean failed = new AtomicBoolean();
                List<Future<FoldRun>> candidateRuns = new ArrayList<>();
                for (int f = 0; f < folds.size(); f++) {
                    int candidate = c;
                    int fold = f;
                    candidateRuns.add(pool.submit(() -> runFold(candidate, fold, folds, encoded, failed, keepModels)));
                }
                runs.add(candidateRuns);
            }
            return runs;
        }

        /**
         * Fits candidate {@code c} on fold {@code f}'s training rows and scores its validation rows; skipped once the
         * budget is spent (but for the first, cheapest candidate, so that there is always a model) or once another
         * fold of the candidate failed.
         */
        private FoldRun runFold(int c, int f, List<CrossValidation.Fold> folds, Map<Integer, EncodedFold> encoded,
                                AtomicBoolean failed, boolean keepModels) {
            try {
                checkCancelled();
                if (failed.get() || (c > 0 && outOfTime())) {
                    return FoldRun.SKIPPED;
                }
                CandidateTrainer candidate = candidates.get(c);
                progress.emit("cross-validating", c + 1, candidate.name(), f + 1, "Trying " + candidate.name()
                        + " (" + (c + 1) + " of " + candidates.size() + "), fold " + (f + 1) + " of " + folds.size(), null);
                CrossValidation.Fold fold = folds.get(f);
                boolean scaled = candidate.needsScaling();
                EncodedFold rows = encoded.computeIfAbsent(2 * f + (scaled ? 1 : 0), key -> {
                    EncodedRows train = EncodedRows.of(table, fold.train(), target, scaled, config.seed());
                    return new EncodedFold(train, train.pipeline().encode(table, fold.validation()));
                });
                long t0 = System.nanoTime();
                TrainedModel model = candidate.fit(rows.train(), fold.train(), target, config.seed());
                long t1 = System.nanoTime();
                BatchScores scores = model.score(rows.validation());
                long t2 = System.nanoTime();
                return new FoldRun(keepModels ? model : null, scores, t1 - t0, t2 - t1, null);
            } catch (PlatformException e) {
                throw e;
            } catch (RuntimeException e) {
                failed.set(true);
                return new FoldRun(null, null, 0, 0, e);
            } finally {
                progress.unitDone();
            }
        }

        /** Candidate {@code c}'s leaderboard line from its folds' runs, waited for in fold order. */
        private Scored collect(int c, List<CrossValidation.Fold> folds, List<Future<FoldRun>> runs) {
            CandidateTrainer candidate = candidates.get(c);
            int k = folds.size();
            List<BatchScores> foldScores = new ArrayList<>();
            List<TrainedModel> models = new ArrayList<>();
            long trainNanos = 0;
            long predictNanos = 0;
            long predictedRows = 0;
            String status = "ok";
            String note = "";
            for (int f = 0; f < k; f++) {
                FoldRun run = await(runs.get(f));
                if (run.failure() != null || run == FoldRun.SKIPPED) {
                    // a failure is told even when other folds were skipped because of it
                    for (Future<FoldRun> other : runs) {
                        FoldRun done = await(other);
                        if (done.failure() != null) {
                            run = done;
                        }
                    }
                    status = run.failure() != null ? "failed" : "out of time";
                    note = run.failure() != null ? "Training failed: " + run.failure().getMessage()
                            : f == 0 ? "The time budget ran out before it started."
                            : "The time budget ran out after " + f + " of " + k + " folds.";
                    break;
                }
                foldScores.add(run.scores());
                models.add(run.model());
                trainNanos += run.trainNanos();
                predictNanos += run.predictNanos();
                predictedRows += folds.get(f).validation().length;
            }
            Decisions decisions = decide(folds, foldScores);
            CandidateResult result = result(candidate, decisions.evaluations(), trainNanos, predictNanos, predictedRows,
                    status, note);
            if (!result.ok()) {
                return new Scored(c, result, models, null, Double.NaN);
            }
            OutOfFold outOfFold = new OutOfFold(target);
            for (int f = 0; f < k; f++) {
                outOfFold.add(folds.get(f).validation(), decisions.scores().get(f));
            }
            return new Scored(c, result, models, outOfFold.evaluation(result.cvMetrics()), decisions.threshold());
        }

        private FoldRun await(Future<FoldRun> run) {
            try {
                return run.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformException(ErrorCode.CANCELLED, "Training was interrupted; nothing was saved.");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        /**
         * The folds' answers and evaluations at the decision threshold a yes/no model would get: each fold's at
         * the threshold chosen on the other folds' scores (so that no fold is judged by a threshold fitted to
         * itself), and the threshold chosen on all of them for the model refitted on all rows. Other tasks, and
         * models without scores, answer with their highest score (threshold NaN).
         */
        private Decisions decide(List<CrossValidation.Fold> folds, List<BatchScores> foldScores) {
            boolean thresholded = task == Task.BINARY && foldScores.size() > 1
                    && foldScores.stream().allMatch(s -> s.scores() != null);
            List<BatchScores> decided = new ArrayList<>();
            List<Evaluation> evaluations = new ArrayList<>();
            for (int f = 0; f < foldScores.size(); f++) {
                BatchScores scores = thresholded
                        ? foldScores.get(f).atThreshold(target.positive(), threshold(folds, foldScores, f))
                        : foldScores.get(f);
                decided.add(scores);
                evaluations.add(withObjective(ModelEvaluator.evaluate(scores, folds.get(f).validation(), target)));
            }
            return new Decisions(decided, evaluations, thresholded ? threshold(folds, foldScores, -1) : Double.NaN);
        }

        /** The best threshold on the positive scores of every scored fold but {@code leftOut} (-1: none left out). */
        private double threshold(List<CrossValidation.Fold> folds, List<BatchScores> foldScores, int leftOut) {
            int n = 0;
            for (int f = 0; f < foldScores.size(); f++) {
                n += f == leftOut ? 0 : folds.get(f).validation().length;
            }
            double[] scores = new double[n];
            boolean[] positive = new boolean[n];
            int at = 0;
            for (int f = 0; f < foldScores.size(); f++) {
                if (f == leftOut) {
                    continue;
                }
                int[] rows = folds.get(f).validation();
                for (int i = 0; i < rows.length; i++, at++) {
                    scores[at] = foldScores.get(f).scores()[i][target.positive()];
                    positive[at] = target.classes()[rows[i]] == target.positive();
                }
            }
            return config.objective().bestThreshold(scores, positive);
        }

        /** A yes/no evaluation with the cost of its errors added when that is what decisions are judged by. */
        private Evaluation withObjective(Evaluation evaluation) {
            DecisionObjective objective = config.objective();
            if (task != Task.BINARY || objective.kind() != DecisionObjective.Kind.COST) {
                return evaluation;
            }
            int p = target.positive();
            List<List<Long>> confusion = evaluation.confusion();
            Map<String, Double> metrics = new LinkedHashMap<>(evaluation.metrics());
            metrics.put(objective.metric(), objective.value(confusion.get(p).get(p), confusion.get(1 - p).get(p),
                    confusion.get(p).get(1 - p), evaluation.rows()));
            return new Evaluation(evaluation.task(), evaluation.rows(), metrics, evaluation.labels(),
                    evaluation.positiveLabel(), evaluation.confusion(), evaluation.roc());
        }

        private CandidateResult result(CandidateTrainer candidate, List<Evaluation> evaluations, long trainNanos,
                                       long predictNanos, long predictedRows, String status, String note) {
            Map<String, Double> means = new LinkedHashMap<>();
            if (!evaluations.isEmpty()) {
                for (String name : evaluations.get(0).metrics().keySet()) {
                    means.put(name, evaluations.stream().mapToDouble(e -> e.metric(name)).average().orElse(Double.NaN));
                }
            }
            double mean = means.getOrDefault(metric, Double.NaN);
            double variance = evaluations.stream().mapToDouble(e -> Math.pow(e.metric(metric) - mean, 2))
                    .average().orElse(Double.NaN);
            if ("ok".equals(status) && Double.isNaN(mean)) {
                note = "The model gives no scores, so its " + metric.toUpperCase(Locale.ROOT)
                        + " is unknown; it is ranked last.";
            }
            int folds = Math.max(1, evaluations.size());
            return new CandidateResult(candidate.name(), candidate.algorithm(), candidate.params(), metric,
                    ModelEvaluator.higherIsBetter(metric), mean, Math.sqrt(variance), means,
                    trainNanos / 1_000_000 / folds, predictedRows == 0 ? Double.NaN : predictNanos / 1000.0 / predictedRows,
                    status, note);
        }

        /** Finished candidates first, then by the primary metric (unknown last), then in trying order. */
        private int rank(CandidateResult a, CandidateResult b) {
            if (a.ok() != b.ok()) {
                return a.ok() ? -1 : 1;
            }
            if (better(a, b)) {
                return -1;
            }
            return better(b, a) ? 1 : 0;
        }

        private boolean better(CandidateResult a, CandidateResult b) {
            if (Double.isNaN(a.cvScore()) || Double.isNaN(b.cvScore())) {
                return !Double.isNaN(a.cvScore()) && Double.isNaN(b.cvScore());
            }
            return a.higherIsBetter() ? a.cvScore() > b.cvScore() : a.cvScore() < b.cvScore();
        }

        private int[] strata(int[] rows) {
            return target.classification() ? target.classesOf(rows) : null;
        }

        private boolean outOfTime() {
            return progress.elapsedMillis() >= config.budget().toMillis();
        }

        private void checkCancelled() {
            if (cancelled.getAsBoolean()) {
                throw new PlatformException(ErrorCode.CANCELLED, "Training was cancelled; nothing was saved.");
            }
        }

        private Map<String, String> params(Scored winner, int trainRows, int testRows, int labelledRows) {
            CandidateResult best = winner.result();
            Map<String, String> params = new LinkedHashMap<>(best.params());
            params.put("candidate", best.name());
            params.put("algorithm", best.algorithm());
            params.put("folds", String.valueOf(config.folds()));
            params.put("seed", String.valueOf(config.seed()));
            params.put("budget", config.budget().toString());
            params.put("testFraction", String.valueOf(config.testFraction()));
            params.put("rows", String.valueOf(labelledRows));
            params.put("trainingRows", String.valueOf(trainRows));
            params.put("testRows", String.valueOf(testRows));
            params.put("target", target.column());
            if (target.positiveLabel() != null) {
                params.put("positiveLabel", target.positiveLabel());
            }
            if (!Double.isNaN(winner.threshold())) {
                params.put("threshold", String.format(Locale.ROOT, "%.6g", winner.threshold()));
                params.put("thresholdChosenFor", config.objective().metric());
            }
            return params;
        }

        private Map<String, Double> metrics(CandidateResult best, Evaluation test) {
            Map<String, Double> metrics = new LinkedHashMap<>();
            best.cvMetrics().forEach((name, value) -> metrics.put("cv_" + name, value));
            if (test != null) {
                test.metrics().forEach((name, value) -> metrics.put("test_" + name, value));
            }
            return metrics;
        }
    }

    /**
     * A candidate's leaderboard line with its fold models, pooled out-of-fold evaluation (when it finished) and
     * the decision threshold chosen for it (NaN: none).
     */
    private record Scored(int index, CandidateResult result, List<TrainedModel> foldModels, Evaluation pooled,
                          double threshold) {
    }

    /** A fold's training rows encoded for one kind of preprocessing, with its validation rows encoded alike. */
    private record EncodedFold(EncodedRows train, double[][] validation) {
    }

    /** One candidate's fit on one fold: its model (when kept), scores and times; or skipped; or how it failed. */
    private record FoldRun(TrainedModel model, BatchScores scores, long trainNanos, long predictNanos,
                           RuntimeException failure) {
        static final FoldRun SKIPPED = new FoldRun(null, null, 0, 0, null);
    }

    /** A worker of a search's own pool (the common pool may have a single thread on a small machine). */
    private static Thread worker(Runnable task) {
        Thread thread = new Thread(task, "automl-worker");
        thread.setDaemon(true);
        return thread;
    }

    /** Per fold the answers and their evaluation at the fold's threshold; the threshold for the final model. */
    private record Decisions(List<BatchScores> scores, List<Evaluation> evaluations, double threshold) {
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** Emits progress events with an overall fraction that never goes back, from any of the search's threads. */
    private static final class Progress {
        private final TrainingListener listener;
        private final int candidates;
        private final int folds;
        private final long start = System.nanoTime();
        private final int totalUnits;
        private int doneUnits;

        Progress(TrainingListener listener, int candidates, int folds) {
            this.listener = listener;
            this.candidates = candidates;
            this.folds = folds;
            this.totalUnits = candidates * folds + 2; // every fold, then the refit and the evaluation
        }

        long elapsedMillis() {
            return (System.nanoTime() - start) / 1_000_000;
        }

        synchronized void emit(String phase, int candidate, String name, int fold, String message,
                               CandidateResult finished) {
            listener.onProgress(new TrainingProgress(phase, candidate, candidates, name, fold, folds, elapsedMillis(),
                    (double) doneUnits / totalUnits, message, finished));
        }

        synchronized void unitDone() {
            doneUnits++;
        }

        void candidateDone(int candidate, CandidateResult result) {
            String message = switch (result.status()) {
                case "ok" -> String.format(Locale.ROOT, "Finished %s (%d of %d): %s %.3f ± %.3f", result.name(),
                        candidate + 1, candidates, result.metric().toUpperCase(Locale.ROOT), result.cvScore(),
                        result.cvStd());
                default -> "Stopped " + result.name() + " (" + (candidate + 1) + " of " + candidates + "): "
                        + result.note();
            };
            emit("cross-validating", candidate + 1, result.name(), 0, message, result);
        }

        synchronized void finish(String message) {
            doneUnits = totalUnits;
            emit("evaluating", 0, null, 0, message, null);
        }
    }
}
