/**
 * Importing models made elsewhere (ONNX, Tribuo model files): the compatibility assessment against a dataset
 * and the registration of a file that passes it.
 */
package io.sightline.engine.registry.imports;
