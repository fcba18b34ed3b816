package io.sightline.engine.server.oip;

import java.util.List;

/**
 * An inference request: the optional {@code id} to echo, the input tensors, and the names of the outputs asked
 * for ({@code outputs} empty: every output the model gives).
 */
record InferenceRequest(String id, List<InputTensor> inputs, List<String> outputs) {
    InferenceRequest {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }
}
