/**
 * The seam for model formats the engine does not run itself (ONNX): an add-on on the class path offers an
 * {@link io.sightline.engine.train.external.ExternalModelFormat}, found by {@link java.util.ServiceLoader}.
 */
package io.sightline.engine.train.external;
