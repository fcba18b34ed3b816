/**
 * The ONNX add-on: imported ONNX models scored through ONNX Runtime, offered to the engine as an
 * {@link io.sightline.engine.train.external.ExternalModelFormat}.
 */
package io.sightline.engine.onnx;
