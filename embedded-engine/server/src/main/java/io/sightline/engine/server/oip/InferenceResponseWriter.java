package io.sightline.engine.server.oip;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PredictionResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes an inference response straight from the predictions with a streaming generator: tensors are written
 * flat in row-major order, probabilities in the order of the schema's classes (the {@code classes} output).
 */
final class InferenceResponseWriter {
    private final JsonFactory json;

    InferenceResponseWriter(JsonFactory json) {
        this.json = json;
    }

    /**
     * Writes the response for {@code results} to {@code body}. {@code asked}: whether the request named its
     * outputs; a model that gives no probabilities (a single decision tree) then refuses them, before anything
     * is written, and otherwise leaves them out.
     */
    void write(InferenceModel endpoint, ModelRef served, String id, PredictionResult[] results, List<Output> outputs,
               boolean asked, OutputStream body) throws IOException {
        List<Output> written = withoutMissingProbabilities(endpoint, results, outputs, asked);
        try (JsonGenerator out = json.createGenerator(body)) {
            out.writeStartObject();
            out.writeStringField("model_name", endpoint.name());
            out.writeStringField("model_version", Integer.toString(served.version()));
            if (id != null) {
                out.writeStringField("id", id);
            }
            out.writeArrayFieldStart("outputs");
            for (Output output : written) {
                writeOutput(out, output, endpoint.labels(), results);
            }
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    private static List<Output> withoutMissingProbabilities(InferenceModel endpoint, PredictionResult[] results,
                                                            List<Output> outputs, boolean asked) {
        boolean probabilities = results[0].probabilities().size() == endpoint.labels().size();
        if (probabilities || !outputs.contains(Output.PROBABILITIES)) {
            return outputs;
        }
        if (asked) {
            throw PlatformException.invalid("The model '" + endpoint.name() + "' (" + endpoint.version().algorithm()
                    + ") gives no class probabilities: ask for 'label' instead.");
        }
        List<Output> kept = new ArrayList<>(outputs);
        kept.remove(Output.PROBABILITIES);
        kept.remove(Output.CLASSES);
        return kept;
    }

    private static void writeOutput(JsonGenerator out, Output output, List<String> labels,
                                    PredictionResult[] results) throws IOException {
        out.writeStartObject();
        out.writeStringField("name", output.tensorName());
        out.writeStringField("datatype", output.datatype().name());
        out.writeArrayFieldStart("shape");
        for (long dimension : output.shape(results.length, labels.size())) {
            out.writeNumber(dimension);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("data");
        switch (output) {
            case LABEL -> {
                for (PredictionResult result : results) {
                    out.writeString(result.label());
                }
            }
            case VALUE -> {
                for (PredictionResult result : results) {
                    writeNumber(out, result.value());
                }
            }
            case PROBABILITIES -> {
                for (PredictionResult result : results) {
                    Map<String, Double> probabilities = result.probabilities();
                    for (String label : labels) {
                        writeNumber(out, probabilities.get(label));
                    }
                }
            }
            case CLASSES -> {
                for (String label : labels) {
                    out.writeString(label);
                }
            }
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void writeNumber(JsonGenerator out, Double value) throws IOException {
        if (value == null || value.isNaN()) {
            out.writeNull();
        } else {
            out.writeNumber(value.doubleValue());
        }
    }
}
