package io.sightline.engine.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sightline.engine.LocalPlatform;
import io.sightline.engine.SampleData;
import io.sightline.engine.api.BadFileException;
import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowStart;
import io.sightline.engine.api.FlowState;
import io.sightline.engine.api.FlowSubject;
import io.sightline.engine.api.GateMeasure;
import io.sightline.engine.api.ImportAssessment;
import io.sightline.engine.api.ImportCheck;
import io.sightline.engine.api.ModelFormat;
import io.sightline.engine.api.ModelImport;
import io.sightline.engine.api.PredictionResult;
import io.sightline.engine.api.StepState;
import io.sightline.engine.registry.imports.TribuoIris;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

/**
 * A Tribuo model exported to ONNX is imported against the dataset it was trained on, assessed, registered, deployed
 * and served with the predictions of the original.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnnxImportTest {
    private static final String TARGET = TribuoIris.TARGET;
    private Path directory;
    private LocalPlatform platform;
    private DatasetInfo iris;
    private TribuoIris original;
    private LinearSGDModel tribuoModel;
    private List<Map<String, String>> rows;
    private Path onnxFile;
    private List<String> inputOrder;
    private List<String> labelOrder;

    @BeforeAll
    void exportATribuoModel(@TempDir Path temporary) throws IOException {
        directory = temporary;
        platform = LocalPlatform.open(directory.resolve("platform"));
        Path csv = SampleData.copyTo(directory, SampleData.IRIS);
        iris = platform.importDataset("iris", csv);
        original = TribuoIris.train(csv);
        rows = original.rows();
        tribuoModel = original.model();
        onnxFile = directory.resolve("iris.onnx");
        tribuoModel.saveONNXModel("io.sightline.test", 1, onnxFile);
        inputOrder = ExampleModelFiles.inputColumns(tribuoModel);
        labelOrder = ExampleModelFiles.labels(tribuoModel);
    }

    @AfterAll
    void close() {
        platform.close();
    }

    private ModelImport request(String model) {
        return ModelImport.of(model, onnxFile, ModelFormat.ONNX, iris.id(), TARGET).withInputColumns(inputOrder)
                .withLabels(labelOrder);
    }

    @Test
    void anExportedTribuoModelPassesWithExpectedOutputsAndServesTheOriginalsPredictions() throws IOException {
        ImportAssessment assessment = platform.importModel(request("iris-onnx")
                .withExpectedOutputs(original.expectedOutputs(directory.resolve("expected.csv"), labelOrder, false)));

        assertThat(assessment.checks()).extracting(ImportCheck::name).containsExactly("target", "inputs",
                "input types", "outputs", "sample predictions", "expected outputs");
        assertThat(assessment.failures()).isEmpty();
        assertThat(assessment.passed()).isTrue();
        assertThat(assessment.checks().get(5).value()).isEqualTo("30 of 30 match");
        assertThat(assessment.registered()).isNotNull();
        assertThat(assessment.registered().algorithm()).isEqualTo("imported ONNX");
        assertThat(assessment.registered().metrics()).containsKey("accuracy");

        platform.deploy("iris-imported", "iris-onnx", assessment.registered().version());
        for (int i = 0; i < rows.size(); i += 7) {
            Map<String, String> row = rows.get(i);
            PredictionResult served = platform.predict("iris-imported", row);
            Prediction<Label> expected = original.predict(row);
            assertThat(served.label()).isEqualTo(expected.getOutput().getLabel());
            expected.getOutputScores().forEach((label, score) ->
                    assertThat(served.probabilities().get(label)).isCloseTo(score.getScore(), within(1e-5)));
        }
    }

    @Test
    void theExampleModelFileShippedForTheDemoPassesItsOwnAssessment() throws IOException {
        Path shipped = directory.resolve("shipped");
        Files.createDirectories(shipped);
        for (String name : List.of(".onnx", "-expected.csv", ".properties")) {
            try (InputStream in = OnnxImportTest.class.getResourceAsStream(
                    "/io/sightline/assets/models/" + ExampleModelFiles.NAME + name)) {
                assertThat(in).as("the assets module ships %s", ExampleModelFiles.NAME + name).isNotNull();
                Files.copy(in, shipped.resolve(ExampleModelFiles.NAME + name));
            }
        }
        Properties orders = new Properties();
        try (InputStream in = Files.newInputStream(shipped.resolve(ExampleModelFiles.NAME + ".properties"))) {
            orders.load(in);
        }

        ImportAssessment assessment = platform.importModel(new ModelImport("shipped-example",
                shipped.resolve(ExampleModelFiles.NAME + ".onnx"), ModelFormat.ONNX, iris.id(), TARGET,
                List.of(orders.getProperty("inputColumns").split(",")), List.of(orders.getProperty("labels").split(",")),
                shipped.resolve(ExampleModelFiles.NAME + "-expected.csv"), false));

        assertThat(assessment.failures()).isEmpty();
        assertThat(assessment.checks()).filteredOn(check -> check.name().equals("expected outputs"))
                .singleElement().satisfies(check -> assertThat(check.value()).isEqualTo("30 of 30 match"));
    }

    @Test
    void aDatasetWithOtherColumnsFailsTheAssessmentInPlainWords() throws IOException {
        StringBuilder csv = new StringBuilder("width,height,class\n");
        IntStream.range(0, 30).forEach(i -> csv.append(i).append(',').append(i % 7).append(i % 2 == 0 ? ",a\n" : ",b\n"));
        Path other = Files.writeString(directory.resolve("other.csv"), csv);
        DatasetInfo otherData = platform.importDataset("other", other);

        ImportAssessment assessment = platform.importModel(new ModelImport("wrong-schema", onnxFile, ModelFormat.ONNX,
                otherData.id(), TARGET, inputOrder, List.of(), null, true));

        assertThat(assessment.passed()).isFalse();
        assertThat(assessment.registered()).isNull();
        assertThat(assessment.failures()).contains("petallength").contains("does not have");
        assertThat(platform.models()).noneMatch(m -> m.name().equals("wrong-schema"));
    }

    @Test
    void expectedOutputsThatDisagreeFailTheAssessment() throws IOException {
        ImportAssessment assessment = platform.importModel(request("disagreeing")
                .withExpectedOutputs(original.expectedOutputs(directory.resolve("wrong.csv"), labelOrder, true)));

        assertThat(assessment.passed()).isFalse();
        ImportCheck expected = assessment.checks().get(assessment.checks().size() - 1);
        assertThat(expected.name()).isEqualTo("expected outputs");
        assertThat(expected.value()).isEqualTo("15 of 30 match");
        assertThat(expected.message()).contains("15 of 30 outputs differ").contains("row 1 expected");
        assertThat(assessment.registered()).isNull();
    }

    @Test
    void theImportFlowAssessesRegistersAndStartsTheReleaseOfTheNewVersion() throws IOException, InterruptedException {
        Map<String, String> parameters = Map.of("file", onnxFile.toString(), "format", "onnx", "dataset", iris.id(),
                "target", TARGET, "inputColumns", String.join(",", inputOrder), "labels", String.join(",", labelOrder),
                "expectedOutputs", original.expectedOutputs(directory.resolve("flow-expected.csv"), labelOrder, false).toString(), "minMetric", "0.8");

        Flow flow = platform.startFlow(new FlowStart("external-import", new FlowSubject("iris-flow", 1, "iris-flow"),
                parameters), "ann");
        flow = await(flow.id(), f -> f.state().ended());

        assertThat(flow.state()).as(flow.message()).isEqualTo(FlowState.SUCCEEDED);
        assertThat(flow.step("assess").measures()).extracting(GateMeasure::name).contains("inputs", "expected outputs");
        assertThat(platform.modelVersion("iris-flow", 1).algorithm()).isEqualTo("imported ONNX");
        String released = flow.step("release").outputs().get("flowId");
        Flow release = await(released, f -> f.step("metric-gate").state().settled());
        assertThat(release.definition().id()).isEqualTo("same-project");
        assertThat(release.subject()).isEqualTo(new FlowSubject("iris-flow", 1, "iris-flow"));
        assertThat(release.step("metric-gate").state()).isEqualTo(StepState.PASSED);
        platform.abortFlow(released, "ann", "the test has seen what it needs");
    }

    private Flow await(String flowId, Predicate<Flow> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        Flow flow = platform.flow(flowId);
        while (!condition.test(flow) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            flow = platform.flow(flowId);
        }
        assertThat(condition).as("flow %s reached the condition; it is %s", flowId, flow).accepts(flow);
        return flow;
    }

    @Test
    void aCorruptFileIsRefused() throws IOException {
        Path corrupt = Files.write(directory.resolve("corrupt.onnx"), new byte[] {8, 7, 18, 3, 'n', 'o', 0, 1, 2});

        assertThatThrownBy(() -> platform.importModel(ModelImport.of("corrupt", corrupt, ModelFormat.ONNX, iris.id(),
                TARGET))).isInstanceOf(BadFileException.class).hasMessageContaining("not an ONNX model");
    }
}
