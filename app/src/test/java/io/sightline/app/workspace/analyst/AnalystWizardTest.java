package io.sightline.app.workspace.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.SightlineApp;
import io.sightline.app.controls.TrafficLight;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analyst's whole path, headless, on the real embedded engine: credit-g in, a trained model judged by
 * the traffic light, deployed, and one prediction with its confidence on screen.
 */
class AnalystWizardTest {
    private static final String CREDIT_G = "/io/sightline/assets/datasets/credit-g.csv";
    private static final long TRAINING_TIMEOUT_SECONDS = 180;

    private final FxRobot robot = new FxRobot();
    private final String prefsNode = "io/sightline/test/wizard-" + UUID.randomUUID();
    private Path workDirectory;
    private Application app;

    @BeforeEach
    void startConsole() throws Exception {
        workDirectory = Files.createTempDirectory("sightline-wizard-test");
        System.setProperty("sightline.dataDir", workDirectory.resolve("data").toString());
        System.setProperty("sightline.trainingBudgetSeconds", "20");
        System.setProperty("sightline.prefsNode", prefsNode);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SightlineApp.class);
    }

    @AfterEach
    void stopConsole() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        // the console's window saved its placement on hiding; later tests show and hide the same primary stage,
        // and must not save into this test's preferences once they are removed below
        Stage primary = FxToolkit.toolkitContext().getRegisteredStage();
        FxToolkit.setupFixture(() -> primary.setOnHidden(null));
        System.clearProperty("sightline.dataDir");
        System.clearProperty("sightline.trainingBudgetSeconds");
        System.clearProperty("sightline.prefsNode");
        Preferences.userRoot().node(prefsNode).removeNode();
        try (Stream<Path> files = Files.walk(workDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void fromACsvFileToAPredictionWithItsConfidence() throws Exception {
        Path csv = copyCreditG();
        AnalystWizardView wizard = robot.lookup("#" + AnalystWizardView.ID).queryAs(AnalystWizardView.class);

        // A FileChooser cannot be driven headless: hand the file to the same entry point it uses.
        robot.interact(() -> wizard.viewModel().upload().fileChosen(csv));
        waitUntil(60, () -> !button(UploadStepView.NEXT_ID).isDisabled());
        assertThat(text("target-sentence")).isEqualTo("We will predict class: a yes/no question.");

        robot.clickOn("#" + UploadStepView.NEXT_ID);
        robot.clickOn("#" + TrainStepView.START_ID);
        waitUntil(TRAINING_TIMEOUT_SECONDS, () -> showing(ResultsStepView.LIGHT_ID));

        TrafficLight light = robot.lookup("#" + ResultsStepView.LIGHT_ID).queryAs(TrafficLight.class);
        assertThat(light.getSignal()).isNotNull();
        assertThat(light.getCaption()).isIn(Verdict.GREEN.headline(), Verdict.YELLOW.headline(), Verdict.RED.headline());
        assertThat(text(ResultsStepView.SENTENCE_ID)).matches(
                "Right \\d+ times out of (10|100) — guessing the most common answer would be right \\d+ times out of (10|100)\\.");
        // the threshold chosen in training is said in plain words
        assertThat(text(ResultsStepView.DECISION_ID)).matches(
                "It flags (about )?\\d+ cases? in \\d+ as 'bad': those it is at least \\d+% sure of\\.");

        robot.clickOn("#" + ResultsStepView.USE_MODEL_ID);
        waitUntil(60, () -> showing(DeployStepView.PREDICT_ID) && !button(DeployStepView.PREDICT_ID).isDisabled());
        robot.clickOn("#" + DeployStepView.PREDICT_ID);
        waitUntil(60, () -> showing(DeployStepView.PREDICTION_ID));

        assertThat(text(DeployStepView.PREDICTION_ID)).matches("(good|bad) — \\d{1,3}% sure");
    }

    private Button button(String id) {
        return robot.lookup("#" + id).queryButton();
    }

    private String text(String id) {
        return robot.lookup("#" + id).queryAs(Labeled.class).getText();
    }

    /** Present, visible up to the scene's root, and in a window. */
    private boolean showing(String id) {
        return robot.lookup("#" + id).tryQuery().filter(AnalystWizardTest::visibleInScene).isPresent();
    }

    private static boolean visibleInScene(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void waitUntil(long seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(condition).get();
        });
    }

    private Path copyCreditG() throws IOException {
        Path csv = workDirectory.resolve("credit-g.csv");
        try (InputStream in = AnalystWizardTest.class.getResourceAsStream(CREDIT_G)) {
            assertThat(in).as("credit-g on the class path").isNotNull();
            Files.copy(in, csv);
        }
        return csv;
    }
}
