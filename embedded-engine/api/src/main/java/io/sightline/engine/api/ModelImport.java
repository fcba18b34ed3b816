package io.sightline.engine.api;

import java.nio.file.Path;
import java.util.List;

/**
 * A request to import a model file made elsewhere: the file and its format, the name to register it under, the
 * dataset whose schema it must fit and the column it predicts there. Optional: {@code inputColumns}, the dataset
 * column fed to each position of a model's single input tensor (default: the dataset's numeric columns but the
 * target, in file order); {@code labels}, the class of each position of a classifier's output (default: the
 * target's values sorted); {@code expectedOutputs}, a CSV of input columns and the target column holding the
 * output the model must give for that row. With {@code register} false the file is only assessed.
 */
public record ModelImport(String model, Path file, ModelFormat format, String datasetId, String target,
                          List<String> inputColumns, List<String> labels, Path expectedOutputs, boolean register) {

    public ModelImport {
        if (model == null || model.isBlank()) {
            throw PlatformException.invalid("Name the model the imported file is registered as.");
        }
        if (file == null) {
            throw PlatformException.invalid("Choose the model file to import.");
        }
        if (format == null) {
            throw PlatformException.invalid("Say which format the model file is in: ONNX or a Tribuo model file.");
        }
        if (datasetId == null || datasetId.isBlank() || target == null || target.isBlank()) {
            throw PlatformException.invalid("Choose the dataset the model must fit and the column it predicts.");
        }
        model = model.strip();
        inputColumns = inputColumns == null ? List.of() : List.copyOf(inputColumns);
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    /** Imports and registers {@code file} when it passes the assessment, with the default column and label order. */
    public static ModelImport of(String model, Path file, ModelFormat format, String datasetId, String target) {
        return new ModelImport(model, file, format, datasetId, target, List.of(), List.of(), null, true);
    }

    public ModelImport withInputColumns(List<String> columns) {
        return new ModelImport(model, file, format, datasetId, target, columns, labels, expectedOutputs, register);
    }

    public ModelImport withLabels(List<String> classes) {
        return new ModelImport(model, file, format, datasetId, target, inputColumns, classes, expectedOutputs, register);
    }

    public ModelImport withExpectedOutputs(Path csv) {
        return new ModelImport(model, file, format, datasetId, target, inputColumns, labels, csv, register);
    }

    /** The same request, assessing only ({@code false}) or registering when it passes ({@code true}). */
    public ModelImport registering(boolean on) {
        return new ModelImport(model, file, format, datasetId, target, inputColumns, labels, expectedOutputs, on);
    }
}
