package io.sightline.app;

import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.NewProject;
import io.sightline.engine.api.Platform;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.StepState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The demo tour's pictures of flows 2 and 4. Flow 2: the demo's model is put in a project owned by someone else,
 * and the console's user asks from the form to use it in another project; the picture shows the approval waiting
 * for the owner, whom the tour then approves as, and the flow finished. Flow 4: the example ONNX model of the
 * assets (a logistic regression on iris, made outside the platform) is imported from the form under a new model
 * name, assessed against the iris data and the expected outputs shipped with it, registered and handed to the
 * same-project release, which is pictured waiting for its approval.
 */
final class DemoProjectFlowPictures {
    /** Who owns the project of the demo's model: not the console's user, so that four eyes decide. */
    static final String OWNER = "olga";
    private static final String SOURCE_PROJECT = "fraud-models";
    private static final String TARGET_PROJECT = "payments";
    private static final String IMPORTED = "iris-onnx";
    private static final String EXAMPLE = "/io/sightline/assets/models/iris-logistic";

    private final DemoFlowPictures pictures;
    private final Platform platform;
    private final TourFlowForm form;

    DemoProjectFlowPictures(DemoFlowPictures pictures, Platform platform, TourFlowForm form) {
        this.pictures = pictures;
        this.platform = platform;
        this.form = form;
    }

    /** Runs the pictures of flows 2 and 4, then {@code then}. */
    void run(Runnable then) {
        crossProject(() -> externalImport(then));
    }

    private void crossProject(Runnable then) {
        form.choose("cross-project");
        TourSteps.after(DemoFlowPictures.PAGE_CATCHES_UP, () -> {
            String model = form.model();
            inBackground(() -> {
                createProject(new NewProject(SOURCE_PROJECT, OWNER));
                createProject(new NewProject(TARGET_PROJECT, System.getProperty("user.name", "unknown")));
                return platform.setModelProject(model, SOURCE_PROJECT);
            }, project -> {
                form.chooseNewestVersion();
                form.name("flow-deployment", model + "-payments"); // a first release, into a deployment of its own
                form.type("targetProject", TARGET_PROJECT);
                form.type("targetModel", model + "-payments");
                form.start();
                TourSteps.until(() -> form.reached("cross-project",
                                flow -> flow.step("approval").state() == StepState.WAITING_FOR_APPROVAL),
                        () -> form.readNewest("cross-project"), () -> TourSteps.after(DemoFlowPictures.PAGE_CATCHES_UP,
                                () -> pictures.selectAndPicture("approval", "demo-flow-cross-approval.png",
                                        () -> approveAsOwner(then))));
            }, then);
        });
    }

    /** Approves the waiting request as the source project's owner, and pictures the flow once it has ended. */
    private void approveAsOwner(Runnable then) {
        Flow waiting = form.followed();
        inBackground(() -> platform.approveFlowStep(waiting.id(), "approval", OWNER,
                "Payments may use it to score chargebacks."), approved -> TourSteps.until(
                        () -> form.reached("cross-project", flow -> false), () -> form.readNewest("cross-project"),
                        () -> TourSteps.after(DemoFlowPictures.PAGE_CATCHES_UP,
                                () -> pictures.selectAndPicture("verify", "demo-flow-cross-finished.png", then))), then);
    }

    private void externalImport(Runnable then) {
        inBackground(this::exampleFiles, files -> {
            form.choose("external-import");
            TourSteps.after(DemoFlowPictures.PAGE_CATCHES_UP, () -> {
                form.name("flow-model", IMPORTED);
                form.name("flow-deployment", IMPORTED);
                // the form names the version the import will register once it has read the model's versions
                TourSteps.until(form::canStart, () -> { }, () -> startImport(files, then));
            });
        }, then);
    }

    private void startImport(ExampleFiles files, Runnable then) {
        form.type("file", files.onnx().toString());
        form.type("format", "onnx");
        form.type("dataset", files.dataset().id());
        form.type("target", "class");
        form.type("inputColumns", files.orders().getProperty("inputColumns"));
        form.type("labels", files.orders().getProperty("labels"));
        form.type("expectedOutputs", files.expected().toString());
        form.type("metric", "accuracy");
        form.type("minMetric", "0.8");
        form.start();
        // the import itself takes well under a second: it is pictured finished, and its release mid-run
        pictures.pictureOnceEnded("external-import", "demo-flow-import-finished.png", () -> releaseOfImport(then));
    }

    /** Pictures the release the import handed its version to, once it waits for an approval (or has ended). */
    private void releaseOfImport(Runnable then) {
        TourSteps.until(() -> form.reached("same-project", flow -> flow.subject().model().equals(IMPORTED)
                        && flow.steps().stream().anyMatch(step -> step.state() == StepState.WAITING_FOR_APPROVAL)),
                () -> form.readNewest("same-project"), () -> {
                    form.show(form.followed().id());
                    TourSteps.after(DemoFlowPictures.PAGE_CATCHES_UP,
                            () -> pictures.picture("demo-flow-import-release.png", then));
                });
    }

    /** The example model's files, copied out of the assets, and the iris data imported to assess it against. */
    private record ExampleFiles(Path onnx, Path expected, Properties orders, DatasetInfo dataset) {
    }

    private ExampleFiles exampleFiles() {
        try {
            Path directory = Files.createTempDirectory("sightline-example-model");
            Path onnx = copy(EXAMPLE + ".onnx", directory.resolve("iris-logistic.onnx"));
            Path expected = copy(EXAMPLE + "-expected.csv", directory.resolve("iris-logistic-expected.csv"));
            Properties orders = new Properties();
            try (InputStream in = Files.newInputStream(copy(EXAMPLE + ".properties",
                    directory.resolve("iris-logistic.properties")))) {
                orders.load(in);
            }
            Path iris = copy("/io/sightline/assets/datasets/iris.csv", directory.resolve("iris.csv"));
            return new ExampleFiles(onnx, expected, orders, platform.importDataset("iris", iris));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copy(String resource, Path file) throws IOException {
        try (InputStream in = DemoProjectFlowPictures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The assets lack " + resource);
            }
            Files.copy(in, file);
            return file;
        }
    }

    private void createProject(NewProject project) {
        try {
            platform.createProject(project);
        } catch (PlatformException e) {
            if (e.code() != ErrorCode.CONFLICT) {
                throw e;
            }
        }
    }

    /**
     * Runs {@code work} off the FX thread and hands its result to {@code then} on it; on a failure, says so and
     * runs {@code otherwise} on it instead, so that the tour goes on.
     */
    private static <T> void inBackground(Supplier<T> work, Consumer<T> then, Runnable otherwise) {
        Thread.ofVirtual().start(() -> {
            try {
                T result = work.get();
                javafx.application.Platform.runLater(() -> then.accept(result));
            } catch (RuntimeException e) {
                System.err.println("The tour could not picture this flow: " + e);
                javafx.application.Platform.runLater(otherwise);
            }
        });
    }
}
