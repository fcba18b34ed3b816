package io.sightline.engine.train;

import io.sightline.engine.data.Table;

/**
 * Training rows run through a preprocessing fitted on them: the pipeline and the features a learner is fitted
 * on. Made once per fold and kind of preprocessing, and shared by every candidate that wants that kind.
 */
record EncodedRows(FeaturePipeline pipeline, double[][] features) {

    static EncodedRows of(Table table, int[] rows, TrainingTarget target, boolean scaled, long seed) {
        FeaturePipeline pipeline = FeaturePipeline.fit(table, rows, target, scaled);
        return new EncodedRows(pipeline, pipeline.encodeForFit(table, rows, target, seed));
    }
}
