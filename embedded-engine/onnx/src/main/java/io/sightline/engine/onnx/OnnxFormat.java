package io.sightline.engine.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.sightline.engine.api.BadFileException;
import io.sightline.engine.api.ModelFormat;
import io.sightline.engine.train.external.ExternalInput;
import io.sightline.engine.train.external.ExternalModelFormat;
import io.sightline.engine.train.external.ExternalScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ONNX models through ONNX Runtime. Inputs are tensors of rows ({@code [rows, width]}); the answer is the first
 * output that is a tensor of numbers (a classifier's scores or probabilities, a regressor's value).
 */
public final class OnnxFormat implements ExternalModelFormat {

    @Override
    public ModelFormat format() {
        return ModelFormat.ONNX;
    }

    @Override
    public ExternalScorer load(byte[] model) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session;
        try {
            session = environment.createSession(model, new OrtSession.SessionOptions());
        } catch (OrtException | RuntimeException e) {
            throw new BadFileException(0, "This file is not an ONNX model ONNX Runtime can run: " + e.getMessage());
        }
        try {
            List<OnnxScorer.Input> inputs = new ArrayList<>();
            for (Map.Entry<String, NodeInfo> entry : session.getInputInfo().entrySet()) {
                inputs.add(input(entry.getKey(), entry.getValue()));
            }
            String output = null;
            int width = -1;
            for (Map.Entry<String, NodeInfo> entry : session.getOutputInfo().entrySet()) {
                if (entry.getValue().getInfo() instanceof TensorInfo tensor && numeric(tensor.type)) {
                    output = entry.getKey();
                    width = width(tensor);
                    break;
                }
            }
            if (output == null) {
                throw new BadFileException(0, "This ONNX model gives no tensor of numbers (its outputs: "
                        + session.getOutputNames() + "); only models whose scores or values come as a tensor can be"
                        + " imported.");
            }
            return new OnnxScorer(environment, session, inputs, output, width);
        } catch (OrtException | RuntimeException e) {
            closeQuietly(session);
            if (e instanceof BadFileException bad) {
                throw bad;
            }
            throw new BadFileException(0, "The ONNX model's inputs and outputs cannot be read: " + e.getMessage());
        }
    }

    private static OnnxScorer.Input input(String name, NodeInfo node) {
        if (node.getInfo() instanceof TensorInfo tensor) {
            boolean numeric = numeric(tensor.type);
            return new OnnxScorer.Input(new ExternalInput(name, tensor.type.name().toLowerCase(), numeric,
                    width(tensor)), tensor.type == OnnxJavaType.DOUBLE);
        }
        return new OnnxScorer.Input(new ExternalInput(name, node.getInfo().toString(), false, -1), false);
    }

    /** Only the element types rows can be fed as: 32- and 64-bit floating point. */
    private static boolean numeric(OnnxJavaType type) {
        return type == OnnxJavaType.FLOAT || type == OnnxJavaType.DOUBLE;
    }

    /** The values per row: the last dimension of a {@code [rows, width]} tensor, 1 for {@code [rows]}, else -1. */
    private static int width(TensorInfo tensor) {
        long[] shape = tensor.getShape();
        if (shape.length == 1) {
            return 1;
        }
        return shape.length == 2 && shape[1] > 0 ? (int) shape[1] : -1;
    }

    private static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException e) {
            // the session was never used; nothing is lost by leaving it to the runtime
        }
    }
}
