package io.sightline.app.fakes;

import io.sightline.engine.api.Explanation;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.PredictionResult;
import io.sightline.engine.api.Predictions;
import io.sightline.engine.api.ScoreFileResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Predictions of which every call fails until a test overrides the ones it scripts. */
public interface ScriptedPredictions extends Predictions {

    @Override
    default PredictionResult predict(String deploymentName, Map<String, String> row) {
        throw Unscripted.call("Predictions", "predict");
    }

    @Override
    default ScoreFileResult scoreFile(String deploymentName, Path input, Path output) {
        throw Unscripted.call("Predictions", "scoreFile");
    }

    @Override
    default List<LoggedPrediction> recentPredictions(String deploymentName, int limit) {
        throw Unscripted.call("Predictions", "recentPredictions");
    }

    @Override
    default Explanation explain(String deploymentName, Map<String, String> row) {
        throw Unscripted.call("Predictions", "explain");
    }
}
