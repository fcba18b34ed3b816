package io.sightline.engine.train;

import io.sightline.engine.api.ModelFormat;
import io.sightline.engine.train.external.ExternalScorer;

/** A model file run by an add-on: its format, its bytes as imported (kept in the artifact) and the loaded model. */
record ImportedFile(ModelFormat format, byte[] bytes, ExternalScorer scorer) {
}
