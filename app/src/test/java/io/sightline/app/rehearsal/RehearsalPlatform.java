package io.sightline.app.rehearsal;

import io.sightline.app.ScriptedPlatform;
import io.sightline.engine.api.*;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.*;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** TEMPORARY layout rehearsal only (not committed): canned answers to look at the screens. */
public class RehearsalPlatform extends ScriptedPlatform {
    List<String> header; List<List<String>> rows;
    final List<Consumer<PlatformEvent>> listeners = new CopyOnWriteArrayList<>();
    long ids = 0;
    @Override public PlatformInfo info() { return new PlatformInfo("embedded", "/tmp/rehearsal", "0.1.0"); }
    @Override public Health health() { return Health.of(List.of(new ComponentHealth("database", HealthStatus.GREEN, "ok"))); }
    @Override public DatasetInfo importDataset(String name, Path csv) {
        try {
            List<String> lines = Files.readAllLines(csv);
            header = List.of(lines.get(0).split(","));
            rows = lines.stream().skip(1).map(l -> List.of(l.split(",", -1))).toList();
        } catch (Exception e) { throw new BadFileException(3, "Rehearsal could not read it."); }
        List<ColumnProfile> cols = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            int k = i;
            boolean num = rows.stream().allMatch(r -> r.get(k).matches("-?[0-9.]+"));
            cols.add(new ColumnProfile(header.get(i), num ? ColumnType.NUMERIC : ColumnType.CATEGORICAL, rows.size(), 0, 5,
                    num ? 1.0 : null, num ? 99.0 : null, null, null, null, null, null));
        }
        return new DatasetInfo("ds1", name, "sha", rows.size(), 1000, cols, header.get(header.size() - 1),
                List.of(DataIssue.warning("foreign_worker", "Almost every row has the same value in foreign_worker.")), Instant.now());
    }
    @Override public DatasetPreview preview(String id, int max) { return new DatasetPreview(header, rows.subList(0, max)); }
    @Override public TargetAnalysis analyzeTarget(String id, String target, Map<String, ColumnType> o) {
        return new TargetAnalysis(target, Task.BINARY, List.of(new CategoryCount("good", 700), new CategoryCount("bad", 300)), List.of());
    }
    @Override public long latestEventId() { return ids; }
    @Override public EventSubscription subscribe(long since, Consumer<PlatformEvent> l) { listeners.add(l); return () -> listeners.remove(l); }
    @Override public TrainingJob startTraining(TrainingRequest r) {
        Thread t = new Thread(() -> {
            String[] algos = {"LogisticRegression", "CART", "XGBoost"};
            for (int c = 1; c <= 3; c++) for (int f = 1; f <= 5; f++) {
                sleep(300);
                CandidateResult done = f == 5 ? new CandidateResult("cand" + c, algos[c - 1], Map.of(), "AUC", true, 0.7 + c * 0.03, 0.01, Map.of(), 800 * c, 1, "ok", "") : null;
                emit(new PlatformEvent.TrainingProgress(++ids, Instant.now(), "job1", "cross-validating", c, 3, algos[c - 1], f, 5, c * 1500L, ((c - 1) * 5 + f) / 15.0, "Checking " + algos[c - 1] + " on part " + f + " of 5", done));
            }
            emit(new PlatformEvent.TrainingFinished(++ids, Instant.now(), "job1", JobState.SUCCEEDED, "run1", "done"));
        });
        t.setDaemon(true); t.start();
        return new TrainingJob("job1", r.datasetId(), r.target(), JobState.RUNNING, null, "", Instant.now(), null);
    }
    void emit(PlatformEvent e) { listeners.forEach(l -> l.accept(e)); }
    static void sleep(long ms) { try { Thread.sleep(ms); } catch (InterruptedException e) { } }
    @Override public RunInfo run(String id) {
        Evaluation test = new Evaluation(Task.BINARY, 200, Map.of("accuracy", 0.755, "auc", 0.79), List.of("good", "bad"), "bad",
                List.of(List.of(125L, 15L), List.of(34L, 26L)), List.of());
        List<CandidateResult> lb = List.of(new CandidateResult("cand3", "XGBoost", Map.of(), "AUC", true, 0.79, 0.01, Map.of(), 2400, 1, "ok", ""),
                new CandidateResult("cand1", "LogisticRegression", Map.of(), "AUC", true, 0.77, 0.01, Map.of(), 800, 1, "ok", ""));
        List<FeatureImportance> imp = new ArrayList<>();
        for (int i = 0; i < 10; i++) imp.add(new FeatureImportance(header.get(i), 0.3 / (i + 1)));
        return new RunInfo(id, "x", "ds1", "sha", "class", Task.BINARY, RunStatus.FINISHED, Map.of(), Map.of(), lb, "cand3", test,
                new Baseline("majority", Map.of("accuracy", 0.70)), imp, Map.of(), "{}", Instant.now(), Instant.now(), new ModelRef("credit-g", 1));
    }
    @Override public Deployment deploy(String n, String m, int v) { return new Deployment(n, m, v, DeploymentState.LIVE, Instant.now(), Instant.now()); }
    @Override public ModelVersion modelVersion(String m, int v) {
        List<FieldSpec> f = new ArrayList<>();
        for (int i = 0; i < header.size() - 1; i++) {
            int k = i;
            boolean num = rows.stream().allMatch(r -> r.get(k).matches("-?[0-9.]+"));
            f.add(new FieldSpec(header.get(i), num ? ColumnType.NUMERIC : ColumnType.CATEGORICAL,
                    num ? List.of() : rows.stream().map(r -> r.get(k)).distinct().toList(), num ? 1.0 : null, num ? 99.0 : null, rows.get(0).get(i)));
        }
        return new ModelVersion(m, v, "run1", "ds1", "sha", Stage.NONE, "sha", 1, "XGBoost", Map.of(), new ModelSchema(f, "class", Task.BINARY, List.of("good", "bad")), Instant.now());
    }
    @Override public PredictionResult predict(String d, Map<String, String> row) { return new PredictionResult(d, new ModelRef("credit-g", 1), "good", null, 0.83, Map.of(), 5); }
}
