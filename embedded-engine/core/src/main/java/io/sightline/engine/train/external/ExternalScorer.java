package io.sightline.engine.train.external;

import java.util.List;

/**
 * A loaded external model. Rows are given as numbers, the values of every input one after the other in the
 * order of {@link #inputs()}; each answer row is the model's first output for that row (one value for
 * regression, a score per class for classification).
 */
public interface ExternalScorer extends AutoCloseable {

    List<ExternalInput> inputs();

    /** How many values each answer row holds, or -1 when the model does not say. */
    int outputWidth();

    double[][] score(double[][] rows);

    @Override
    void close();
}
