package io.sightline.engine.monitor.drift;

import java.util.List;

/**
 * What the traffic of a model version is compared with, prepared once per version: the columns of its training
 * data that drift is measured on (numbers sorted, categories counted), the model's predictions on those rows,
 * and how logged predictions are read to match them.
 */
record DriftReference(int rows, List<ColumnSample> inputs, ColumnSample predictions, PredictionColumn predictionColumn) {

    DriftReference {
        inputs = List.copyOf(inputs);
    }
}
