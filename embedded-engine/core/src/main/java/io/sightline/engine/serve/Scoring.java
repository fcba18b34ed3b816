package io.sightline.engine.serve;

import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PredictionResult;
import io.sightline.engine.store.Timestamps;
import io.sightline.engine.strategy.StrategyBook;
import io.sightline.engine.strategy.StrategyVerdict;
import io.sightline.engine.train.ModelPrediction;
import io.sightline.engine.train.TrainedModel;
import java.time.Instant;
import java.util.Map;

/**
 * The serving path of one row: the model's answer, its score (the positive class's probability for a yes/no
 * model, the value for a number), the decision of the deployment's strategies and a prediction id, all queued
 * for the log. A row the model refuses is queued as a failure, so that monitoring counts it, and refused.
 */
public final class Scoring {
    private final ServedModels models;
    private final PredictionLog log;
    private final StrategyBook strategies;

    public Scoring(ServedModels models, PredictionLog log, StrategyBook strategies) {
        this.models = models;
        this.log = log;
        this.strategies = strategies;
    }

    public PredictionResult predict(String deployment, ModelRef ref, Map<String, String> row) {
        TrainedModel model = models.get(ref);
        long start = System.nanoTime();
        ModelPrediction prediction;
        try {
            prediction = model.predict(row);
        } catch (PlatformException e) {
            log.record(PredictionLog.Entry.failed(deployment, ref, Timestamps.now(), (System.nanoTime() - start) / 1e3));
            throw e;
        }
        Double score = score(model, prediction);
        StrategyVerdict verdict = strategies.decide(deployment, row, score);
        double micros = (System.nanoTime() - start) / 1e3;
        PredictionLog.Entry entry = entry(deployment, ref, row, prediction, micros, score, verdict);
        log.record(entry);
        String id = entry.predictionId();
        return new PredictionResult(deployment, ref, prediction.label(), prediction.value(), prediction.confidence(),
                prediction.probabilities(), micros, id, score, verdict.decision(), verdict.strategy());
    }

    /** Decides and logs each row a {@link FileScorer} scores for the deployment. */
    public FileScorer.ScoredRowListener fileRows(String deployment, ModelRef ref, TrainedModel model) {
        return (row, prediction, micros) -> {
            Double score = score(model, prediction);
            StrategyVerdict verdict = strategies.decide(deployment, row, score);
            log.record(entry(deployment, ref, row, prediction, micros, score, verdict));
        };
    }

    /** The positive class's probability for a yes/no model that gives probabilities, the value for a number. */
    public static Double score(TrainedModel model, ModelPrediction prediction) {
        if (prediction.value() != null) {
            return prediction.value();
        }
        String positive = model.positiveLabel();
        return positive == null ? null : prediction.probabilities().get(positive);
    }

    /** The log entry of a prediction made now, with a new id made from the same instant. */
    private static PredictionLog.Entry entry(String deployment, ModelRef ref, Map<String, String> row,
                                             ModelPrediction prediction, double micros, Double score, StrategyVerdict verdict) {
        Instant at = Timestamps.now();
        return new PredictionLog.Entry(deployment, ref, at, row, prediction.label(), prediction.value(),
                prediction.confidence(), micros, PredictionIds.at(at), score, verdict.decision(), verdict.strategy());
    }
}
