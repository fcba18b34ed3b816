package io.sightline.engine.flow.step;

import io.sightline.engine.api.Flows;
import io.sightline.engine.api.ModelFormat;
import io.sightline.engine.api.ModelImport;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Registry;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What the external-import flow's actions work with: the registry that assesses and registers model files, and
 * the flows facet that starts the release of the new version ({@code flows} is asked for late, as the flows facet
 * is built from these very actions).
 */
public record ImportActions(Registry registry, Supplier<Flows> flows) {

    /** Every action the external-import flow adds to those of the release flow. */
    public List<StepAction> actions() {
        return List.of(new ImportAssessmentGate(this), new ImportRegister(this), new StartFlow(this));
    }

    /**
     * The import the flow's parameters describe: {@code file}, {@code format} (onnx or tribuo), {@code dataset},
     * {@code target}, and optionally {@code inputColumns} and {@code labels} (comma-separated) and
     * {@code expectedOutputs} (a CSV file); the model is named by the flow's subject. A file is a path on the
     * engine's machine or the id of a file uploaded to it, as {@link ModelImport} says.
     */
    ModelImport request(StepInput input) {
        String format = input.parameter("format").strip().toUpperCase(Locale.ROOT);
        ModelFormat parsed;
        try {
            parsed = ModelFormat.valueOf(format);
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("The flow imports ONNX or Tribuo model files; '"
                    + input.parameter("format") + "' is neither.");
        }
        String expected = input.parameter("expectedOutputs", null);
        return new ModelImport(input.subject().model(), Path.of(input.parameter("file")), parsed,
                input.parameter("dataset"), input.parameter("target"), list(input.parameter("inputColumns", "")),
                list(input.parameter("labels", "")), expected == null ? null : Path.of(expected), false);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
