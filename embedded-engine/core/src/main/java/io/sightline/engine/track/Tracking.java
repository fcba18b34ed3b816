package io.sightline.engine.track;

import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.RunStatus;
import io.sightline.engine.search.SearchPage;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Ids;
import io.sightline.engine.store.Timestamps;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Experiments and runs as MLflow clients use them: create, find, search, log, rename, delete and restore,
 * each call one transaction. Runs started here are ordinary Sightline runs ({@code Platform.runs()} lists
 * them); the engine's own trainings can be read, searched and logged to the same way.
 */
public final class Tracking {
    private final Database database;
    private final ExperimentStore experiments;
    private final RunStore runs;
    private final RunLog log;

    public Tracking(Database database, ExperimentStore experiments, RunStore runs) {
        this.database = database;
        this.experiments = experiments;
        this.runs = runs;
        this.log = new RunLog(runs);
    }

    // ---- experiments

    public Experiment createExperiment(String name, String artifactLocation, Map<String, String> tags) {
        LoggingRules.name("name", name);
        tags.forEach((key, value) -> experimentTag(key, value));
        return database.inTransaction(c -> {
            Experiment created = experiments.insert(c, name,
                    artifactLocation == null || artifactLocation.isBlank() ? null : artifactLocation);
            for (Map.Entry<String, String> tag : tags.entrySet()) {
                experiments.setTag(c, created.id(), tag.getKey(), tag.getValue());
            }
            return experiments.get(c, created.id());
        });
    }

    public Experiment experiment(String id) {
        return database.read(c -> experiments.get(c, id));
    }

    public Experiment experimentByName(String name) {
        LoggingRules.name("experiment_name", name);
        return database.read(c -> experiments.byName(c, name)).orElseThrow(() ->
                PlatformException.notFound("experiment", name));
    }

    public SearchPage<Experiment> searchExperiments(String filter, ViewType view, List<String> orderBy, int maxResults,
                                              String pageToken) {
        return ExperimentSearch.search(database.read(experiments::list), filter, view, orderBy, maxResults, pageToken);
    }

    /** Deletes the experiment and its runs (they stay restorable). The default experiment stays. */
    public void deleteExperiment(String id) {
        if (Experiment.DEFAULT_ID.equals(id)) {
            throw PlatformException.invalid("The default experiment '0' cannot be deleted.");
        }
        changeExperimentStage(id, LifecycleStage.DELETED);
    }

    public void restoreExperiment(String id) {
        changeExperimentStage(id, LifecycleStage.ACTIVE);
    }

    private void changeExperimentStage(String id, LifecycleStage stage) {
        database.inTransaction(c -> {
            Experiment experiment = experiments.lock(c, id);
            experiments.setStage(c, id, stage);
            runs.setStageOfExperiment(c, experiment.name(), stage);
            return null;
        });
    }

    public void renameExperiment(String id, String newName) {
        LoggingRules.name("new_name", newName);
        database.inTransaction(c -> {
            requireActive(experiments.lock(c, id));
            experiments.rename(c, id, newName);
            return null;
        });
    }

    public void setExperimentTag(String id, String key, String value) {
        experimentTag(key, value);
        database.inTransaction(c -> {
            requireActive(experiments.lock(c, id));
            experiments.setTag(c, id, key, value);
            return null;
        });
    }

    private static void experimentTag(String key, String value) {
        LoggingRules.key("tag", key);
        LoggingRules.value("tag", new KeyValue(key, value), LoggingRules.MAX_EXPERIMENT_TAG_VALUE_LENGTH);
    }

    // ---- runs

    /**
     * Starts a run in an active experiment. Its name is the one asked for, else the {@code mlflow.runName}
     * tag, else made from its id; the tag is set to the name either way.
     */
    public TrackedRun createRun(NewRun request) {
        String runId = Ids.newRunId();
        String name = request.runName() != null && !request.runName().isBlank() ? request.runName()
                : request.tags().stream().filter(t -> t.key().equals(RunLog.RUN_NAME_TAG)).map(KeyValue::value)
                .reduce((first, last) -> last).orElse("run-" + runId.substring(0, 8));
        LoggingRules.name("run_name", name);
        List<KeyValue> tags = new ArrayList<>(request.tags());
        tags.add(new KeyValue(RunLog.RUN_NAME_TAG, name));
        RunBatch batch = new RunBatch(List.of(), List.of(), tags);
        LoggingRules.check(batch);
        Instant started = request.startedAt() == null ? Timestamps.now() : request.startedAt();
        String experimentId = request.experimentId() == null || request.experimentId().isEmpty()
                ? Experiment.DEFAULT_ID : request.experimentId();
        return database.inTransaction(c -> {
            Experiment experiment = experiments.get(c, experimentId);
            requireActive(experiment);
            runs.start(c, runId, experiment, name, request.userId(), started);
            log.log(c, runs.tracked(c, runId), batch);
            return runs.tracked(c, runId);
        });
    }

    public TrackedRun run(String runId) {
        return database.read(c -> runs.tracked(c, runId));
    }

    /** Changes a run's status, end time or name; null leaves each as it is. */
    public TrackedRun updateRun(String runId, RunStatus status, Instant finishedAt, String name) {
        if (name != null) {
            LoggingRules.name("run_name", name);
        }
        return database.inTransaction(c -> {
            TrackedRun run = activeRun(c, runId);
            runs.update(c, runId, status == null ? run.info().status() : status,
                    finishedAt == null ? run.info().finishedAt() : finishedAt);
            if (name != null) {
                log.setTag(c, runId, new KeyValue(RunLog.RUN_NAME_TAG, name));
            }
            return runs.tracked(c, runId);
        });
    }

    public void deleteRun(String runId) {
        setRunStage(runId, LifecycleStage.DELETED);
    }

    public void restoreRun(String runId) {
        setRunStage(runId, LifecycleStage.ACTIVE);
    }

    private void setRunStage(String runId, LifecycleStage stage) {
        database.inTransaction(c -> {
            runs.lock(c, runId);
            runs.setStage(c, runId, stage);
            return null;
        });
    }

    /** Logs metrics, parameters and tags to an active run, all or nothing. */
    public void log(String runId, RunBatch batch) {
        LoggingRules.check(batch);
        database.inTransaction(c -> {
            log.log(c, activeRun(c, runId), batch);
            return null;
        });
    }

    public void deleteTag(String runId, String key) {
        database.inTransaction(c -> {
            activeRun(c, runId);
            log.deleteTag(c, runId, key);
            return null;
        });
    }

    /** Every value logged for a metric, paged (see {@link RunLog#historyOrRecorded}). */
    public SearchPage<MetricPoint> metricHistory(String runId, String key, int maxResults, String pageToken) {
        LoggingRules.key("metric", key);
        List<MetricPoint> history = database.read(c -> log.historyOrRecorded(c, runs.tracked(c, runId), key));
        return SearchPage.of(history, pageToken, maxResults);
    }

    /** Filters, orders and pages in the database (see {@link RunSelection}); experiments not found hold no runs. */
    public SearchPage<TrackedRun> searchRuns(RunQuery query) {
        return database.read(c -> {
            List<String> names = new ArrayList<>();
            for (String id : query.experimentIds()) {
                experiments.find(c, id).ifPresent(experiment -> names.add(experiment.name()));
            }
            if (names.isEmpty()) {
                return new SearchPage<TrackedRun>(List.of(), null);
            }
            return RunSearch.page(c, runs, RunScope.flat(names, query.viewType()), query.filter(), query.orderBy(),
                    query.maxResults(), query.pageToken());
        });
    }

    private TrackedRun activeRun(Connection connection, String runId) throws SQLException {
        TrackedRun run = runs.lock(connection, runId);
        if (run.lifecycleStage() != LifecycleStage.ACTIVE) {
            throw PlatformException.invalid("The run " + runId + " must be in the 'active' state. Current state is "
                    + run.lifecycleStage().word() + ". Restore it first.");
        }
        return run;
    }

    private static void requireActive(Experiment experiment) {
        if (experiment.lifecycleStage() != LifecycleStage.ACTIVE) {
            throw PlatformException.invalid("The experiment " + experiment.id() + " ('" + experiment.name()
                    + "') must be in the 'active' state. Current state is " + experiment.lifecycleStage().word()
                    + ". Restore it first.");
        }
    }
}
