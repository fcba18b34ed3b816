package io.sightline.engine.onnx;

import io.sightline.engine.SampleData;
import io.sightline.engine.registry.imports.TribuoIris;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

/**
 * The example model file the demo imports with the external-import flow: a Tribuo logistic regression trained on
 * the iris sample and exported to ONNX, with the expected outputs a user would supply and the order of its input
 * columns and labels. {@link #main} writes them into the directory it is given (the assets module's
 * {@code io/sightline/assets/models}), run on this module's test class path; {@code OnnxImportTest} checks that
 * the files shipped pass their own assessment.
 */
public record ExampleModelFiles(Path onnx, Path expectedOutputs, List<String> inputColumns, List<String> labels) {
    public static final String NAME = "iris-logistic";

    /** Trains on the iris sample and writes the files into {@code directory}. */
    public static ExampleModelFiles write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path work = Files.createTempDirectory("iris");
        TribuoIris original = TribuoIris.train(SampleData.copyTo(work, SampleData.IRIS));
        LinearSGDModel model = original.model();
        Path onnx = directory.resolve(NAME + ".onnx");
        model.saveONNXModel("io.sightline.example", 1, onnx);
        List<String> inputs = inputColumns(model);
        List<String> labels = labels(model);
        Path expected = original.expectedOutputs(directory.resolve(NAME + "-expected.csv"), labels, false);
        Files.writeString(directory.resolve(NAME + ".properties"), "# the ONNX model's one input tensor, column by"
                + " column, and its scores, class by class\ninputColumns=" + String.join(",", inputs) + "\nlabels="
                + String.join(",", labels) + "\n");
        return new ExampleModelFiles(onnx, expected, inputs, labels);
    }

    /** The exported model takes one tensor of features in Tribuo's feature id order. */
    static List<String> inputColumns(LinearSGDModel model) {
        return IntStream.range(0, model.getFeatureIDMap().size())
                .mapToObj(id -> model.getFeatureIDMap().get(id).getName()).toList();
    }

    /** The exported model gives one score per class in Tribuo's output id order. */
    static List<String> labels(LinearSGDModel model) {
        return IntStream.range(0, model.getOutputIDInfo().size())
                .mapToObj(id -> model.getOutputIDInfo().getOutput(id).getLabel()).toList();
    }

    public static void main(String[] args) throws IOException {
        ExampleModelFiles written = write(Path.of(args[0]));
        System.out.println("Wrote " + written.onnx() + " and " + written.expectedOutputs() + "; inputs "
                + written.inputColumns() + ", labels " + written.labels());
    }
}
