package io.sightline.app.workspace.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.fakes.ScriptedDeployments;
import io.sightline.app.fakes.ScriptedPredictions;
import io.sightline.app.fakes.ScriptedRegistry;
import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.Deployment;
import io.sightline.engine.api.DeploymentState;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.ModelSchema;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PredictionResult;
import io.sightline.engine.api.ScoreFileResult;
import io.sightline.engine.api.Stage;
import io.sightline.engine.api.Task;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeployViewModelTest {
    /** The facets deploying reads. */
    interface DeployFacets extends ScriptedDeployments, ScriptedPredictions, ScriptedRegistry {
    }

    private final List<Map<String, String>> predicted = new ArrayList<>();
    private final List<String> deployedAs = new ArrayList<>();
    private PlatformException predictFailure;

    private final DeployFacets platform = new DeployFacets() {
        @Override
        public Deployment deploy(String name, String model, int version) {
            deployedAs.add(name + "→" + model + ":" + version);
            return new Deployment(name, model, version, DeploymentState.LIVE, Fixtures.NOW, Fixtures.NOW);
        }

        @Override
        public ModelVersion modelVersion(String model, int version) {
            ModelSchema schema = new ModelSchema(List.of(
                    new FieldSpec("duration", ColumnType.NUMERIC, List.of(), 4.0, 72.0, "24"),
                    new FieldSpec("purpose", ColumnType.CATEGORICAL, List.of("car", "education"), null, null, "car")),
                    "class", Task.BINARY, List.of("good", "bad"));
            return new ModelVersion(model, version, "run-1", "ds-1", "sha", Stage.NONE, "sha", 10, "XGBoost",
                    Map.of(), schema, Fixtures.NOW);
        }

        @Override
        public PredictionResult predict(String deploymentName, Map<String, String> row) {
            predicted.add(row);
            if (predictFailure != null) {
                throw predictFailure;
            }
            return new PredictionResult(deploymentName, new ModelRef("credit-g", 1), "good", null, 0.834,
                    Map.of("good", 0.834, "bad", 0.166), 12, "p-1", 0.166, Decision.ALLOW, null);
        }

        @Override
        public ScoreFileResult scoreFile(String deploymentName, Path input, Path output) {
            return new ScoreFileResult(deploymentName, new ModelRef("credit-g", 1), 1000, output.toString(), 80);
        }
    };

    private final DeployViewModel deploy = new DeployViewModel(platform, new CurrentThreadTaskExecutor());

    private void deployed() {
        deploy.prepare(Fixtures.binaryRun(0.8, 0.7, 0.8), "credit-g");
        deploy.useThisModel();
    }

    @Test
    void usingTheModelDeploysItAndBuildsTheFormFromItsInputs() {
        deployed();

        assertThat(deployedAs).containsExactly("credit-g→credit-g:1");
        assertThat(deploy.fields()).extracting(FieldInput::name).containsExactly("duration", "purpose");
        FieldInput duration = deploy.fields().get(0);
        assertThat(duration.choice()).isFalse();
        assertThat(duration.hint()).isEqualTo("between 4 and 72");
        assertThat(duration.valueProperty().get()).isEqualTo("24");
        assertThat(deploy.fields().get(1).categories()).containsExactly("car", "education");
    }

    @Test
    void predictSendsTheFormAndSaysTheLabelWithItsConfidence() {
        deployed();

        deploy.predict();

        assertThat(predicted).containsExactly(Map.of("duration", "24", "purpose", "car"));
        assertThat(deploy.predictionProperty().get()).isEqualTo("good — 83% sure");
    }

    @Test
    void aValueThatIsNotANumberIsMarkedAndKeptAndNothingIsSent() {
        deployed();
        FieldInput duration = deploy.fields().get(0);
        duration.valueProperty().set("two years");

        deploy.predict();

        assertThat(predicted).isEmpty();
        assertThat(duration.errorProperty().get()).isEqualTo("Enter a number, between 4 and 72.");
        assertThat(duration.valueProperty().get()).isEqualTo("two years");
        assertThat(deploy.predictErrorProperty().get()).isNotEmpty();

        duration.valueProperty().set("36");
        assertThat(duration.errorProperty().get()).isEmpty();
    }

    @Test
    void anEngineRefusalIsSaidInItsWordsAndTheFormStaysAsTyped() {
        deployed();
        deploy.fields().get(0).valueProperty().set("48");
        predictFailure = new PlatformException(ErrorCode.INVALID_INPUT, "purpose 'boat' was never seen in training.");

        deploy.predict();

        assertThat(deploy.predictErrorProperty().get()).isEqualTo("purpose 'boat' was never seen in training.");
        assertThat(deploy.fields().get(0).valueProperty().get()).isEqualTo("48");
        assertThat(deploy.predictionProperty().get()).isEmpty();
    }

    @Test
    void scoringAFileSaysHowManyRowsWentWhere() {
        deployed();

        deploy.scoreFile(Path.of("/tmp/in.csv"), Path.of("/tmp/out.csv"));

        assertThat(deploy.scoreResultProperty().get()).isEqualTo("Scored 1,000 rows into /tmp/out.csv.");
    }

    @Test
    void aNumberPredictionIsSaidAsANumber() {
        PredictionResult value = new PredictionResult("d", new ModelRef("m", 1), null, 151.237, Double.NaN, Map.of(), 3,
                "p-2", null, Decision.ALLOW, null);

        assertThat(DeployViewModel.describe(value)).isEqualTo("About 151");
    }
}
