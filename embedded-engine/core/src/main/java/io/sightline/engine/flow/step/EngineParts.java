package io.sightline.engine.flow.step;

import io.sightline.engine.api.Capacity;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.Deployments;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Predictions;
import io.sightline.engine.api.Registry;
import io.sightline.engine.api.Releases;
import io.sightline.engine.api.Runs;
import io.sightline.engine.data.Table;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.train.TrainedModel;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the deployment-flow actions work with: the facets they call, the trained models and the data each version
 * was trained on.
 */
public record EngineParts(Registry registry, Deployments deployments, Releases releases, Capacity capacity, Runs runs,
                          Predictions predictions, Function<ModelRef, TrainedModel> models,
                          Function<ModelRef, Table> trainingData) {

    /** Every action the built-in flows use. */
    public List<StepAction> actions() {
        return List.of(new RegisterCheck(this), new MetricGate(this), new ChampionGate(this), new SchemaGate(this),
                new LatencyGate(this), new SetStage(this), new SmokeInference(this), new LoadTest(this),
                new CanaryRelease(this), new Promote(this), new Rollback(this), new PrepareEndpoint(this),
                new FindKnee(this), new SetServingLimits(this), new HealthCheck(this), new RestoreEndpoint(this));
    }

    ModelVersion candidate(StepInput input) {
        return registry.modelVersion(input.subject().model(), input.subject().version());
    }

    /** The deployment the flow releases into, if it names one that exists. */
    Optional<Deployment> deployment(StepInput input) {
        String name = input.subject().deployment();
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(deployments.deployment(name));
        } catch (PlatformException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The version the deployment serves now when it is another version of the same model: the champion. */
    Optional<ModelVersion> champion(StepInput input) {
        return deployment(input).filter(d -> d.model().equals(input.subject().model())
                        && d.version() != input.subject().version())
                .map(d -> registry.modelVersion(d.model(), d.version()));
    }

    /**
     * The deployment the flow releases into, made to serve the candidate when it does not exist yet: a first
     * release has no other version to protect and no caller yet. The answer says whether it was made now (or by
     * an earlier attempt of the step, as its outputs say).
     */
    boolean deployFirstRelease(StepInput input) {
        String name = requireDeployment(input);
        if ("true".equals(input.previous().get(FIRST_RELEASE))) {
            return true;
        }
        if (deployment(input).isPresent()) {
            return false;
        }
        deployments.deploy(name, input.subject().model(), input.subject().version());
        return true;
    }

    /** The output a step that made the deployment for a first release leaves, for the later steps. */
    static final String FIRST_RELEASE = "firstRelease";

    String requireDeployment(StepInput input) {
        if (input.subject().deployment() == null) {
            throw PlatformException.invalid("This step releases into a deployment: start the flow with one.");
        }
        return input.subject().deployment();
    }
}
