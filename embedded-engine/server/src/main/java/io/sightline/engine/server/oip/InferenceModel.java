package io.sightline.engine.server.oip;

import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PlatformException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A deployment as the protocol sees it: the model name is the deployment's name, the version the model version
 * it serves, the inputs that version's schema. {@code inputIndex} gives each input's position in the schema,
 * worked out once so that a request looks inputs up by hash.
 */
record InferenceModel(String name, ModelRef model, DeploymentState state, ModelVersion version,
                Map<String, Integer> inputIndex) {

    static InferenceModel of(Deployment deployment, ModelVersion version) {
        Map<String, Integer> index = new HashMap<>();
        List<FieldSpec> inputs = version.schema().inputs();
        for (int i = 0; i < inputs.size(); i++) {
            index.put(inputs.get(i).name(), i);
        }
        return new InferenceModel(deployment.name(), deployment.ref(), deployment.state(), version, Map.copyOf(index));
    }

    List<FieldSpec> inputs() {
        return version.schema().inputs();
    }

    List<String> labels() {
        return version.schema().labels();
    }

    /** The schema position of the input called {@code inputName}, or -1. */
    int inputPosition(String inputName) {
        Integer position = inputIndex.get(inputName);
        return position == null ? -1 : position;
    }

    /** The inputs' names in schema order, for messages. */
    String inputList() {
        return inputs().stream().map(FieldSpec::name).collect(Collectors.joining(", "));
    }

    /** Whether this endpoint answers for {@code requestedVersion} (null: whatever version it serves). */
    boolean serves(String requestedVersion) {
        return requestedVersion == null || requestedVersion.equals(Integer.toString(model.version()));
    }

    PlatformException notServing(String requestedVersion) {
        return new PlatformException(ErrorCode.NOT_FOUND, "The model '" + name + "' has no version '" + requestedVersion
                + "' here: it serves version " + model.version() + " (of the registered model '" + model.model() + "').");
    }

    /** The outputs to send: the ones asked for, in that order, or every output when none were. */
    List<Output> select(List<String> requested) {
        List<Output> available = Output.of(version.schema());
        if (requested.isEmpty()) {
            return available;
        }
        List<Output> chosen = new ArrayList<>(requested.size());
        for (String tensorName : requested) {
            Output output = available.stream().filter(o -> o.tensorName().equals(tensorName)).findFirst()
                    .orElseThrow(() -> PlatformException.invalid("The model '" + name + "' has no output '"
                            + tensorName + "'; its outputs are " + available.stream().map(Output::tensorName)
                            .collect(Collectors.joining(", ")) + "."));
            chosen.add(output);
        }
        return chosen;
    }
}
