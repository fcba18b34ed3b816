package io.sightline.engine.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Scoring through a deployment, one row or a whole file, the log of what it answered, and why. */
public interface Predictions {

    /** Scores one row given as column name to value, as text the way it would appear in a CSV file. */
    PredictionResult predict(String deploymentName, Map<String, String> row);

    /** Scores every row of {@code input} into {@code output}: the input columns plus score and label. */
    ScoreFileResult scoreFile(String deploymentName, Path input, Path output);

    List<LoggedPrediction> recentPredictions(String deploymentName, int limit);

    /** Why the deployment scores {@code row} as it does, input by input. */
    Explanation explain(String deploymentName, Map<String, String> row);
}
