package io.sightline.engine.flow.step;

import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import io.sightline.engine.train.ModelPrediction;
import io.sightline.engine.train.TrainedModel;
import java.util.List;
import java.util.Map;

/** Smoke inference: the version answers {@code rows} rows of its training data, each with a label or a number. */
final class SmokeInference implements StepAction {
    private final EngineParts parts;

    SmokeInference(EngineParts parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "smoke-inference";
    }

    @Override
    public StepResult run(StepInput input) {
        SampleRows sample = SampleRows.of(parts, input);
        ModelVersion version = sample.version();
        TrainedModel model = sample.model();
        List<Map<String, String>> rows = sample.rows();
        long answered = model.predictBatch(rows).stream().filter(SmokeInference::answered).count();
        Map<String, String> outputs = Map.of("rows", String.valueOf(rows.size()), "answered", String.valueOf(answered));
        return answered == rows.size() && !rows.isEmpty()
                ? StepResult.passed(version.ref() + " answered all " + rows.size() + " rows.", outputs)
                : StepResult.failed(version.ref() + " answered " + answered + " of " + rows.size() + " rows.", outputs);
    }

    private static boolean answered(ModelPrediction prediction) {
        return prediction.label() != null || (prediction.value() != null && !prediction.value().isNaN());
    }
}
