package io.sightline.engine.flow.step;

import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.GateMeasure;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import io.sightline.engine.train.ModelPrediction;
import java.util.List;
import java.util.Map;

/**
 * Verification: the imported version scores up to {@code rows} rows of the source's training data exactly as the
 * source version does (the same label, value and probabilities for every row).
 */
final class VerifyImport implements StepAction {
    private final CrossProjectActions parts;

    VerifyImport(CrossProjectActions parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "verify-import";
    }

    @Override
    public StepResult run(StepInput input) {
        SampleRows sample = SampleRows.of(parts.engine(), input);
        ModelRef copy = new ModelRef(input.earlierOutput("model"), Integer.parseInt(input.earlierOutput("version")));
        List<ModelPrediction> expected = sample.model().predictBatch(sample.rows());
        List<ModelPrediction> actual = parts.engine().models().apply(copy).predictBatch(sample.rows());
        long alike = 0;
        for (int i = 0; i < expected.size(); i++) {
            alike += expected.get(i).equals(actual.get(i)) ? 1 : 0;
        }
        return StepResult.judged(List.of(GateMeasure.judge("rows scored as " + sample.version().ref() + " scores them",
                alike, Comparison.GREATER_OR_EQUAL, sample.rows().size())), Map.of("rows",
                String.valueOf(sample.rows().size()), "alike", String.valueOf(alike)));
    }
}
