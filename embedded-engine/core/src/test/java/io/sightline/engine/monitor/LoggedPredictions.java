package io.sightline.engine.monitor;

import io.sightline.engine.api.Decision;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.Outcome;
import io.sightline.engine.serve.PredictionIds;
import io.sightline.engine.serve.PredictionLog;
import io.sightline.engine.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A database with a prediction log and outcomes, for writing hand-made logs in tests. */
final class LoggedPredictions implements AutoCloseable {
    static final String DEPLOYMENT = "live";

    final Database database;
    final PredictionLog log;
    final OutcomeStore outcomes;

    LoggedPredictions(Path directory) {
        database = Database.h2File(directory);
        log = new PredictionLog(database, 10_000);
        outcomes = new OutcomeStore(database);
    }

    /** Logs a prediction of the deployment at {@code at} and returns its id. */
    String log(Instant at, Map<String, String> inputs, String output, Double score, Decision decision) {
        String id = PredictionIds.at(at);
        log.record(new PredictionLog.Entry(DEPLOYMENT, new ModelRef("m", 1), at, inputs, output, null, 0.8, 10, id,
                score, decision, decision == Decision.ALLOW ? null : "rule"));
        return id;
    }

    void flush() {
        if (!log.flush(Duration.ofSeconds(30))) {
            throw new IllegalStateException("the log did not flush");
        }
    }

    int report(Outcome... reported) {
        return outcomes.report(DEPLOYMENT, List.of(reported), () -> log.flush(Duration.ofSeconds(30)));
    }

    @Override
    public void close() {
        log.close();
        database.close();
    }
}
