package io.sightline.app.workspace.mlops;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.sightline.app.fakes.ScriptedCapacity;
import io.sightline.app.fakes.ScriptedFlows;
import io.sightline.app.shell.DataOrigin;
import io.sightline.app.shell.MainWindow;
import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.engine.api.CapacityTest;
import io.sightline.engine.api.CapacityTestState;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.FlowStart;
import io.sightline.engine.api.FlowSubject;
import io.sightline.engine.api.GateMeasure;
import io.sightline.engine.api.StepState;
import io.sightline.engine.flow.FlowLibrary;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Draws the flows page at 1280×800 to {@code target/pictures/flows-page.png} for a person to look at: flow 1
 * through its gates and tests, waiting for approval; asserts only that the picture is not blank.
 */
class FlowsPagePictureTest {
    private static final Path PICTURES = Path.of("target", "pictures");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void drawsAFlowWaitingForApproval() throws Exception {
        MlopsPlatform platform = new MlopsPlatform();
        ScriptedFlows flows = new ScriptedFlows(platform, FlowLibrary.read("flows/same-project.json"));
        String id = flows.startFlow(new FlowStart("same-project", new FlowSubject(MlopsRecords.MODEL, 3,
                MlopsRecords.DEPLOYMENT), Map.of()), "dana").id();
        CapacityTest load = new CapacityTest("load-1", MlopsRecords.DEPLOYMENT, CapacityViewModelTest.DEFAULT_PLAN,
                CapacityTestState.FINISHED, "dana", ScriptedCapacity.FIRST_START, ScriptedCapacity.FIRST_START,
                List.of(CapacityViewModelTest.step(10, 10, 12), CapacityViewModelTest.step(37, 37, 14),
                        CapacityViewModelTest.step(64, 63.5, 19), CapacityViewModelTest.step(91, 90, 31),
                        CapacityViewModelTest.step(118, 112, 58)), "Every step was measured.");
        platform.capacity.saved(load);
        flows.step(id, "register", StepState.PASSED, "seller-risk v3 is registered.", List.of(), Map.of("runId", "run-3"));
        gate(flows, id, "metric-gate", GateMeasure.judge("auc", 0.91, Comparison.GREATER_OR_EQUAL, 0.7));
        gate(flows, id, "champion-gate", GateMeasure.judge("auc drop", 0.004, Comparison.LESS_OR_EQUAL, 0.01));
        flows.step(id, "schema-gate", StepState.PASSED, "Same fields as v2.", List.of(), Map.of());
        gate(flows, id, "latency-gate", GateMeasure.judge("p95 ms", 3.2, Comparison.LESS_OR_EQUAL, 50));
        flows.step(id, "gates-passed", StepState.PASSED);
        flows.step(id, "staging", StepState.PASSED);
        flows.step(id, "smoke-test", StepState.PASSED, "20 rows scored.", List.of(), Map.of());
        flows.step(id, "load-test", StepState.PASSED, "Load test load-1 finished.",
                List.of(GateMeasure.judge("p95 latency under load (ms)", 19, Comparison.LESS_OR_EQUAL, 100)),
                Map.of("testId", "load-1", "testState", "FINISHED"));
        flows.step(id, "tests-passed", StepState.PASSED);
        flows.step(id, "approval", StepState.WAITING_FOR_APPROVAL, "Waiting for someone other than dana.", List.of(),
                Map.of());

        Parent page = WaitForAsyncUtils.asyncFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            MlopsWorkspace workspace = new MlopsWorkspace(io.sightline.app.fakes.ComposedPlatform.of(platform,
                    platform.capacity, flows), new CurrentThreadTaskExecutor(), DataOrigin.SIMULATED,
                    Duration.ofHours(1));
            Parent root = (Parent) workspace.view();
            Scene scene = new Scene(root, 1280, 800);
            scene.getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
            workspace.onShown();
            TabPane tabs = (TabPane) root.lookup("#mlops-tabs");
            tabs.getSelectionModel().select(tabs.getTabs().size() - 1);
            return root;
        }).get();
        WaitForAsyncUtils.sleep(2, java.util.concurrent.TimeUnit.SECONDS); // paced reloads and the diagram's fades
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            page.applyCss();
            page.layout();
            return page.snapshot(null, null);
        }).get();
        Files.createDirectories(PICTURES);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        ImageIO.write(buffered, "png", PICTURES.resolve("flows-page.png").toFile());
        assertThat(java.util.Arrays.stream(pixels).distinct().count()).isGreaterThan(10);
    }

    private static void gate(ScriptedFlows flows, String id, String step, GateMeasure measure) {
        flows.step(id, step, StepState.PASSED, null, List.of(measure), Map.of());
    }
}
