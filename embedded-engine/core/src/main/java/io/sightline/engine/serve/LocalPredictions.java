package io.sightline.engine.serve;

import io.sightline.engine.api.ArgumentRules;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.Explanation;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PredictionResult;
import io.sightline.engine.api.Predictions;
import io.sightline.engine.api.ScoreFileResult;
import io.sightline.engine.data.CsvImporter;
import io.sightline.engine.explain.Explainer;
import io.sightline.engine.train.TrainedModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Scoring in this engine: a row through the arm its deployment's traffic policy routes it to, within the
 * deployment's serving limits; a file, and an explanation, through the deployment's first arm (the version it
 * serves when nothing else decides). Logged.
 */
public final class LocalPredictions implements Predictions {
    private final Deployments deployments;
    private final LiveModels live;
    private final ArmRouter router;
    private final Scoring scoring;
    private final PredictionLog log;
    private final CsvImporter importer;
    private final Explainer explainer;
    private final ServingGate gate;

    /** {@code gate}: the deployments' serving limits, which every row scored one by one goes through. */
    public LocalPredictions(Deployments deployments, LiveModels live, ArmRouter router, Scoring scoring,
                            PredictionLog log, CsvImporter importer, Explainer explainer, ServingGate gate) {
        this.deployments = deployments;
        this.live = live;
        this.router = router;
        this.scoring = scoring;
        this.log = log;
        this.importer = importer;
        this.explainer = explainer;
        this.gate = gate;
    }

    @Override
    public PredictionResult predict(String deploymentName, Map<String, String> row) {
        ArgumentRules.row(row);
        try (ServingGate.Permit permit = gate.admit(deploymentName)) {
            ArmRouter.Route route = router.route(deploymentName, row);
            PredictionResult result = scoring.predict(deploymentName, route, row);
            router.answered(deploymentName, route, row, result);
            return result;
        }
    }

    @Override
    public ScoreFileResult scoreFile(String deploymentName, Path input, Path output) {
        ArgumentRules.existingFile(input);
        ModelRef ref = live.ref(deploymentName);
        TrainedModel model = live.load(ref);
        FileScorer scorer = new FileScorer(importer, model, scoring.fileRows(deploymentName, ref, model));
        long start = System.nanoTime();
        long rows = scorer.score(input, output);
        return new ScoreFileResult(deploymentName, ref, rows, output.toAbsolutePath().toString(),
                (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public List<LoggedPrediction> recentPredictions(String deploymentName, int limit) {
        deployments.deployment(deploymentName);
        return log.recent(deploymentName, ArgumentRules.recentPredictions(limit));
    }

    @Override
    public Explanation explain(String deploymentName, Map<String, String> row) {
        ArgumentRules.row(row);
        return explainer.explain(deploymentName, live.ref(deploymentName), row);
    }
}
