package io.sightline.engine.api;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A request to import a model file made elsewhere: the file and its format, the name to register it under, the
 * dataset whose schema it must fit and the column it predicts there. Optional: {@code inputColumns}, the dataset
 * column fed to each position of a model's single input tensor (default: the dataset's numeric columns but the
 * target, in file order); {@code labels}, the class of each position of a classifier's output (default: the
 * target's values sorted); {@code expectedOutputs}, a CSV of input columns and the target column holding the
 * output the model must give for that row. With {@code register} false the file is only assessed.
 * <p>
 * Each file is a path on the engine's machine or the id of a file uploaded to the engine
 * ({@link Registry#uploadModelFile}), given as a path of that one name: {@link #isUploaded} tells them apart.
 */
public record ModelImport(String model, Path file, ModelFormat format, String datasetId, String target,
                          List<String> inputColumns, List<String> labels, Path expectedOutputs, boolean register) {

    /** How an uploaded file's id begins; the rest is the SHA-256 of its bytes. */
    public static final String UPLOADED = "uploaded-";
    private static final Pattern UPLOADED_ID = Pattern.compile(UPLOADED + "[0-9a-f]{64}");

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

    /** Whether {@code file} names a file uploaded to the engine rather than a path on its machine. */
    public static boolean isUploaded(Path file) {
        return file != null && file.getNameCount() == 1 && UPLOADED_ID.matcher(file.toString()).matches();
    }

    /** The id of an uploaded file whose bytes have the SHA-256 {@code sha256}. */
    public static String uploadedId(String sha256) {
        return UPLOADED + sha256;
    }

    /** The SHA-256 of the uploaded file named by {@code file}, which {@link #isUploaded} accepts. */
    public static String uploadedSha256(Path file) {
        return file.toString().substring(UPLOADED.length());
    }

    /** The same request with its files in place of what {@code replace} gives for each (not for none). */
    public ModelImport withFiles(UnaryOperator<Path> replace) {
        return new ModelImport(model, replace.apply(file), format, datasetId, target, inputColumns, labels,
                expectedOutputs == null ? null : replace.apply(expectedOutputs), register);
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
