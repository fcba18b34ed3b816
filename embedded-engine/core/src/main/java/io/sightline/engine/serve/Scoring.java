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

    /** Scores {@code row} with the route's arm, decides and logs it under the arm's name. */
    public PredictionResult predict(String deployment, ArmRouter.Route route, Map<String, String> row) {
        ModelRef ref = route.model();
        TrainedModel model = models.get(ref);
        long start = System.nanoTime();
        ModelPrediction prediction;
        try {
            prediction = model.predict(row);
        } catch (PlatformException e) {
            log.record(PredictionLog.Entry.failed(deployment, ref, Timestamps.now(), (System.nanoTime() - start) / 1e3,
                    route.arm(), route.policy(), false));
            throw e;
        }
        Double score = score(model, prediction);
        StrategyVerdict verdict = strategies.decide(deployment, row, score);
        double micros = (System.nanoTime() - start) / 1e3;
        PredictionLog.Entry entry = entry(deployment, ref, row, prediction, micros, score, verdict, route);
        log.record(entry);
        return new PredictionResult(deployment, ref, prediction.label(), prediction.value(), prediction.confidence(),
                prediction.probabilities(), micros, entry.predictionId(), score, verdict.decision(), verdict.strategy(),
                route.arm());
    }

    /**
     * Scores {@code row} with the route's shadow and logs its answer as a shadow's, under the id of the answer the
     * caller got ({@code predictionId}), so that the outcome reported for that answer judges the shadow too.
     * Strategies do not decide on it: nothing is done with a shadow's answer.
     */
    public void shadow(String deployment, ArmRouter.Route route, Map<String, String> row, String predictionId) {
        ModelRef ref = route.shadow();
        TrainedModel model = models.get(ref);
        long start = System.nanoTime();
        try {
            ModelPrediction prediction = model.predict(row);
            double micros = (System.nanoTime() - start) / 1e3;
            log.record(new PredictionLog.Entry(deployment, ref, Timestamps.now(), row, prediction.label(),
                    prediction.value(), prediction.confidence(), micros, predictionId, score(model, prediction),
                    null, null, route.shadowArm(), route.policy(), true));
        } catch (PlatformException e) {
            log.record(PredictionLog.Entry.failed(deployment, ref, Timestamps.now(), (System.nanoTime() - start) / 1e3,
                    route.shadowArm(), route.policy(), true));
        }
    }

    /** Decides and logs each row a {@link FileScorer} scores for the deployment. */
    public FileScorer.ScoredRowListener fileRows(String deployment, ModelRef ref, TrainedModel model) {
        return (row, prediction, micros) -> {
            Double score = score(model, prediction);
            StrategyVerdict verdict = strategies.decide(deployment, row, score);
            log.record(entry(deployment, ref, row, prediction, micros, score, verdict, null));
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

    /** The log entry of a prediction made now, with a new id made from the same instant; the route's arm, if any. */
    private static PredictionLog.Entry entry(String deployment, ModelRef ref, Map<String, String> row,
                                             ModelPrediction prediction, double micros, Double score,
                                             StrategyVerdict verdict, ArmRouter.Route route) {
        Instant at = Timestamps.now();
        return new PredictionLog.Entry(deployment, ref, at, row, prediction.label(), prediction.value(),
                prediction.confidence(), micros, PredictionIds.at(at), score, verdict.decision(), verdict.strategy(),
                route == null ? null : route.arm(), route == null ? null : route.policy(), false);
    }
}
