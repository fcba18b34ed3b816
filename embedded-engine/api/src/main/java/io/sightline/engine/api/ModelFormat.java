package io.sightline.engine.api;

/**
 * The file formats a model made elsewhere can be imported from: ONNX (run through the ONNX add-on) or Tribuo's
 * own protobuf model file (read by the engine itself, never through Java serialization).
 */
public enum ModelFormat {
    ONNX,
    TRIBUO
}
