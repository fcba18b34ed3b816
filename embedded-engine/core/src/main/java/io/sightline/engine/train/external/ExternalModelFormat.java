package io.sightline.engine.train.external;

import io.sightline.engine.api.ModelFormat;

/**
 * A model format run by an add-on (listed in {@code META-INF/services}), so that its runtime stays off the class
 * path of installations that do not need it.
 */
public interface ExternalModelFormat {

    ModelFormat format();

    /**
     * Reads a model file's bytes; refuses bytes that are not a model of this format with a
     * {@link io.sightline.engine.api.BadFileException} in plain words.
     */
    ExternalScorer load(byte[] model);
}
