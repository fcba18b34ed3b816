package io.sightline.simulator.setup;

import io.sightline.engine.api.DatasetInfo;
import io.sightline.engine.api.Datasets;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.Events;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Runs;
import io.sightline.engine.api.Training;
import io.sightline.simulator.stream.HistoryFile;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Makes the platform serve the world's first model, as any client would: writes the labelled history, imports
 * it, trains with AutoML (the identifiers left out), and deploys the winner. A platform that already serves the
 * deployment is used as it is.
 */
public final class ModelBootstrap {
    private final Deployments deployments;
    private final HistoryTraining learning;
    private final BootstrapPlan plan;
    private final HistoryFile history;
    private final BootstrapListener listener;

    public <P extends Datasets & Deployments & Events & Runs & Training> ModelBootstrap(P platform,
            BootstrapPlan plan, HistoryFile history, BootstrapListener listener) {
        this.deployments = platform;
        this.learning = new HistoryTraining(platform);
        this.plan = plan;
        this.history = history;
        this.listener = listener;
    }

    /** The deployment the platform already has under the plan's name, if any. */
    public Optional<Deployment> existing() {
        try {
            return Optional.of(deployments.deployment(plan.deploymentName()));
        } catch (PlatformException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Runs every step; {@code cancelled} is checked between steps and while training. */
    public Deployment run(BooleanSupplier cancelled) {
        Optional<Deployment> existing = existing();
        if (existing.isPresent()) {
            return existing.get();
        }
        HistoryTraining.Lesson lesson = new HistoryTraining.Lesson(plan.historyRows(), plan.historyDays(),
                plan.liveStart(), plan.datasetName(), plan.modelName(), plan.folds(), plan.budget(), plan.seed(),
                plan.workDirectory());
        listener.step(BootstrapStep.GENERATING_HISTORY, String.format(Locale.ROOT,
                "Generating history: %,d transactions over %d days…", plan.historyRows(), plan.historyDays()));
        DatasetInfo dataset = learning.importHistory(history, lesson,
                () -> listener.step(BootstrapStep.IMPORTING_HISTORY, "Importing the history…"));
        checkCancelled(cancelled);
        listener.step(BootstrapStep.TRAINING, "Training the first model…");
        ModelRef model = learning.train(dataset, lesson, "the first model",
                message -> listener.step(BootstrapStep.TRAINING, "Training the first model… " + message), cancelled);
        checkCancelled(cancelled);
        listener.step(BootstrapStep.DEPLOYING, "Deploying " + model + " as '" + plan.deploymentName() + "'…");
        return deployments.deploy(plan.deploymentName(), model.model(), model.version());
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new PlatformException(ErrorCode.CANCELLED, "Stopped before going live.");
        }
    }
}
