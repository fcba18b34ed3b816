package io.sightline.engine.server.oip;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.FieldSpec;
import java.util.List;

/** The bodies of the protocol's answers other than inference, written as JSON as they are. */
final class ResponseBodies {
    /** The platform, in the protocol's sense: the framework the models run on. */
    static final String PLATFORM = "tribuo";

    private ResponseBodies() {
    }

    record ServerMetadata(String name, String version, List<String> extensions) {
    }

    record Tensor(String name, String datatype, long[] shape) {
    }

    record ModelMetadata(String name, List<String> versions, String platform, List<Tensor> inputs, List<Tensor> outputs) {

        /**
         * An endpoint's metadata: one input per schema column (FP64 for numbers, BYTES otherwise, any number of
         * rows) and its outputs, the class probabilities with one column per class.
         */
        static ModelMetadata of(InferenceModel endpoint) {
            List<Tensor> inputs = endpoint.inputs().stream()
                    .map(field -> new Tensor(field.name(), datatype(field).name(), new long[] {-1}))
                    .toList();
            int classes = endpoint.labels().size();
            List<Tensor> outputs = Output.of(endpoint.version().schema()).stream()
                    .map(output -> new Tensor(output.tensorName(), output.datatype().name(), output.shape(-1, classes)))
                    .toList();
            return new ModelMetadata(endpoint.name(), List.of(Integer.toString(endpoint.model().version())), PLATFORM,
                    inputs, outputs);
        }

        private static Datatype datatype(FieldSpec field) {
            return field.type() == ColumnType.NUMERIC ? Datatype.FP64 : Datatype.BYTES;
        }
    }

    record Live(boolean live) {
    }

    record Ready(boolean ready) {
    }

    record ModelReady(String name, boolean ready) {
    }

    record Failure(String error) {
    }
}
