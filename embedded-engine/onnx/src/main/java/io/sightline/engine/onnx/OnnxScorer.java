package io.sightline.engine.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.train.external.ExternalInput;
import io.sightline.engine.train.external.ExternalScorer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An ONNX Runtime session scoring batches of rows; ONNX Runtime allows concurrent runs of one session. */
final class OnnxScorer implements ExternalScorer {
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final List<Input> inputs;
    private final String output;
    private final int outputWidth;

    /** An input with whether it takes doubles (else floats). */
    record Input(ExternalInput spec, boolean doubles) {
    }

    OnnxScorer(OrtEnvironment environment, OrtSession session, List<Input> inputs, String output, int outputWidth) {
        this.environment = environment;
        this.session = session;
        this.inputs = List.copyOf(inputs);
        this.output = output;
        this.outputWidth = outputWidth;
    }

    @Override
    public List<ExternalInput> inputs() {
        return inputs.stream().map(Input::spec).toList();
    }

    @Override
    public int outputWidth() {
        return outputWidth;
    }

    @Override
    public double[][] score(double[][] rows) {
        Map<String, OnnxTensor> feed = new HashMap<>();
        try {
            int at = 0;
            for (Input input : inputs) {
                int width = input.spec().width() > 0 ? input.spec().width() : rows[0].length - at;
                feed.put(input.spec().name(), tensor(rows, at, width, input.doubles()));
                at += width;
            }
            try (OrtSession.Result result = session.run(feed, Set.of(output))) {
                return answers(result.get(0), rows.length);
            }
        } catch (OrtException e) {
            throw new PlatformException(ErrorCode.INVALID_INPUT, "The ONNX model could not score the rows: "
                    + e.getMessage(), e);
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }

    private OnnxTensor tensor(double[][] rows, int from, int width, boolean doubles) throws OrtException {
        if (doubles) {
            double[][] values = new double[rows.length][width];
            for (int r = 0; r < rows.length; r++) {
                System.arraycopy(rows[r], from, values[r], 0, width);
            }
            return OnnxTensor.createTensor(environment, values);
        }
        float[][] values = new float[rows.length][width];
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < width; c++) {
                values[r][c] = (float) rows[r][from + c];
            }
        }
        return OnnxTensor.createTensor(environment, values);
    }

    private static double[][] answers(OnnxValue value, int n) throws OrtException {
        Object raw = value.getValue();
        double[][] out = new double[n][];
        for (int r = 0; r < n; r++) {
            out[r] = switch (raw) {
                case float[][] rows -> widen(rows[r]);
                case double[][] rows -> rows[r].clone();
                case float[] values -> new double[] {values[r]};
                case double[] values -> new double[] {values[r]};
                default -> throw new PlatformException(ErrorCode.INVALID_INPUT, "The ONNX model answered with "
                        + raw.getClass().getSimpleName() + ", not a tensor of rows.");
            };
        }
        return out;
    }

    private static double[] widen(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new PlatformException(ErrorCode.INTERNAL, "The ONNX session could not be closed: " + e.getMessage(), e);
        }
    }
}
