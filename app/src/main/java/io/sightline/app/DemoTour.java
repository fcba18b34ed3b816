package io.sightline.app;

import io.sightline.app.demo.DemoMode;
import io.sightline.app.shell.Persona;
import io.sightline.app.shell.ShellPage;
import io.sightline.app.shell.ShellViewModel;
import io.sightline.engine.api.Alert;
import io.sightline.engine.api.PlatformException;
import io.sightline.simulator.SimulatorPhase;
import io.sightline.simulator.release.ReleasePhase;
import io.sightline.simulator.release.ReleaseProgress;
import io.sightline.simulator.scenario.ScenarioKind;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The demo's documentation tour: lets the simulated marketplace run at 100× until enough orders are scored,
 * pictures the risk-operations and executive workspaces, the system health page and the MLOps engineer's pages,
 * then triggers the challenger release and pictures its canary, A/B verdict and bandit, runs a load test from
 * the Capacity page and pictures its curve, runs the release flow on a new challenger and pictures it
 * ({@link DemoFlowPictures}), then the upstream data bug (amounts in cents) and the alert it
 * fires, then quits. Every figure is the
 * engine's, computed from the simulated traffic; the tour only clicks.
 */
final class DemoTour {
    private static final long SCORED_BEFORE_PICTURES = 4_000;
    /** Live charts need a few refreshes before they show a trend. */
    private static final Duration CHARTS_FILL = Duration.seconds(8);
    /** The release page reads the release every 2 s: a picture waits for one reading and its drawing. */
    private static final Duration RELEASE_PAGE_CATCHES_UP = Duration.seconds(3);
    /** The MLOps workspace's Capacity tab. */
    private static final int CAPACITY_TAB = 4;

    private final Stage stage;
    private final ShellViewModel shell;
    private final DemoMode demo;
    private final Path directory;
    /** Set from background checks, read on the FX thread. */
    private final AtomicBoolean alertFired = new AtomicBoolean();
    private final AtomicBoolean capacityEnded = new AtomicBoolean();

    DemoTour(Stage stage, ShellViewModel shell, DemoMode demo, Path directory) {
        this.stage = stage;
        this.shell = shell;
        this.demo = demo;
        this.directory = directory;
    }

    void start() {
        demo.viewModel().setSpeed(100);
        shell.select(Persona.RISK_OPERATIONS);
        TourSteps.until(() -> demo.simulator().snapshot().phase() == SimulatorPhase.LIVE
                        && demo.simulator().snapshot().figures().scored() >= SCORED_BEFORE_PICTURES,
                () -> { }, () -> TourSteps.after(CHARTS_FILL, this::pictures));
    }

    private void pictures() {
        snapshot("demo-risk-operations.png");
        shell.select(Persona.EXECUTIVE);
        TourSteps.after(CHARTS_FILL, () -> {
            snapshot("demo-executive.png");
            shell.showPage(ShellPage.SYSTEM_HEALTH);
            TourSteps.after(Duration.seconds(4), () -> {
                snapshot("demo-system-health.png");
                shell.showPage(ShellPage.WORKSPACE);
                shell.select(Persona.MLOPS_ENGINEER);
                TourSteps.after(CHARTS_FILL, this::mlopsPictures);
            });
        });
    }

    /** The MLOps engineer's pages on the demo's deployment, one picture a tab, then the challenger release. */
    private void mlopsPictures() {
        snapshot("demo-mlops-deployments.png");
        mlopsTab(1, "demo-mlops-policy.png", () -> mlopsTab(2, "demo-mlops-drift.png",
                () -> mlopsTab(3, "demo-mlops-alert-rules.png", () -> mlopsTab(0, null, this::release))));
    }

    /**
     * Triggers the challenger release and pictures its canary part-way, the A/B test's verdict while it stands,
     * and the bandit's shares once it has a leader; then the data bug.
     */
    private void release() {
        demo.viewModel().trigger(ScenarioKind.CHALLENGER_RELEASE);
        whenRelease(p -> p.phase() == ReleasePhase.CANARY && p.words().startsWith("Canary, step 2"),
                "demo-mlops-canary.png", () -> whenRelease(p -> decided(p, ReleasePhase.AB_TEST),
                        "demo-mlops-ab-test.png", () -> whenRelease(p -> decided(p, ReleasePhase.BANDIT), () -> {
                            TourSteps.scrollTo(stage, "arms-table"); // the bandit's shares over time come next
                            snapshot("demo-mlops-bandit.png");
                        }, this::capacity)));
    }

    /** Waits until the release's progress satisfies {@code reached}, lets the page poll, pictures it, goes on. */
    private void whenRelease(Predicate<ReleaseProgress> reached, String fileName, Runnable then) {
        whenRelease(reached, () -> snapshot(fileName), then);
    }

    private void whenRelease(Predicate<ReleaseProgress> reached, Runnable picture, Runnable then) {
        TourSteps.until(() -> demo.simulator().release().map(p -> reached.test(p) || ended(p)).orElse(false),
                () -> { }, () -> TourSteps.after(RELEASE_PAGE_CATCHES_UP, () -> {
                    picture.run();
                    then.run();
                }));
    }

    private static boolean decided(ReleaseProgress progress, ReleasePhase phase) {
        return progress.decisions().stream().anyMatch(d -> d.phase() == phase);
    }

    /** A release that failed or stopped never reaches the next picture: the tour pictures what is, and goes on. */
    private static boolean ended(ReleaseProgress progress) {
        return progress.phase() == ReleasePhase.FAILED || progress.phase() == ReleasePhase.STOPPED;
    }

    /**
     * Runs a load test on the demo's deployment from the Capacity page, as a person would (a steep ramp, so that
     * the objective breaks within it on most machines), and pictures its curve once it has ended.
     */
    private void capacity() {
        mlopsTab(CAPACITY_TAB, null, () -> {
            type("capacity-start-rate", "250");
            type("capacity-end-rate", "5000");
            type("capacity-steps", "8");
            type("capacity-step-seconds", "2");
            type("capacity-slo", "5");
            if (stage.getScene().lookup("#capacity-start") instanceof Button start) {
                start.fire();
            }
            TourSteps.until(capacityEnded::get, this::checkCapacityInBackground,
                    () -> TourSteps.after(Duration.seconds(3), () -> {
                        snapshot("demo-mlops-capacity.png");
                        new DemoFlowPictures(stage, demo, directory).run(this::dataBug);
                    }));
        });
    }

    private void type(String id, String text) {
        if (stage.getScene().lookup("#" + id) instanceof TextField field) {
            field.setText(text);
        }
    }

    private void checkCapacityInBackground() {
        Thread.ofVirtual().start(() -> {
            try {
                boolean ended = demo.platform().deployments().stream()
                        .flatMap(d -> demo.platform().capacityTests(d.name()).stream())
                        .anyMatch(test -> test.state().ended());
                capacityEnded.compareAndSet(false, ended);
            } catch (PlatformException e) {
                System.err.println("Could not read the load tests yet: " + e.getMessage());
            }
        });
    }

    private void dataBug() {
        shell.select(Persona.RISK_OPERATIONS);
        demo.viewModel().trigger(ScenarioKind.DATA_BUG_AMOUNT_IN_CENTS);
        TourSteps.until(alertFired::get, this::checkAlertsInBackground,
                () -> TourSteps.after(CHARTS_FILL, this::finish));
    }

    /** Selects the MLOps workspace's tab {@code index}, lets it fill, takes a picture if named, then goes on. */
    private void mlopsTab(int index, String fileName, Runnable then) {
        if (stage.getScene().lookup("#mlops-tabs") instanceof TabPane tabs) {
            tabs.getSelectionModel().select(index);
        }
        TourSteps.after(Duration.seconds(4), () -> {
            if (fileName != null) {
                snapshot(fileName);
            }
            then.run();
        });
    }

    private void checkAlertsInBackground() {
        Thread.ofVirtual().start(() -> {
            try {
                boolean fired = demo.platform().alerts(false).stream().map(Alert::ruleName)
                        .anyMatch(name -> name.endsWith("amount drift"));
                alertFired.compareAndSet(false, fired);
            } catch (PlatformException e) {
                System.err.println("Could not read the alerts yet: " + e.getMessage());
            }
        });
    }

    private void finish() {
        if (stage.getScene().lookup("#risk-tabs") instanceof TabPane tabs) {
            tabs.getSelectionModel().select(1); // the alert center
        }
        TourSteps.after(Duration.seconds(3), this::lastPicture);
    }

    private void lastPicture() {
        snapshot("demo-alert.png");
        System.err.println("Demo tour finished: " + directory);
        javafx.application.Platform.exit();
    }

    private void snapshot(String fileName) {
        TourSteps.snapshot(stage, directory.resolve(fileName));
    }
}
