package io.sightline.engine.flow.step;

import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.GateMeasure;
import io.sightline.engine.api.ImportAssessment;
import io.sightline.engine.api.ImportCheck;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compatibility assessment of the model file, registering nothing: each check is a measure (1 when it
 * passed), and its finding is an output, so that people see what was found against what was expected.
 */
final class ImportAssessmentGate implements StepAction {
    private final ImportActions parts;

    ImportAssessmentGate(ImportActions parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "import-assessment";
    }

    @Override
    public StepResult run(StepInput input) {
        ImportAssessment assessment = parts.registry().importModel(parts.request(input));
        List<GateMeasure> measures = assessment.checks().stream()
                .map(check -> GateMeasure.judge(check.name(), check.passed() ? 1 : 0, Comparison.EQUAL, 1))
                .toList();
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("fileSha256", assessment.fileSha256());
        for (ImportCheck check : assessment.checks()) {
            outputs.put(check.name(), check.value() + " (expected " + check.expected() + ")");
        }
        StepResult judged = StepResult.judged(measures, outputs);
        return assessment.passed() ? judged : new StepResult(StepResult.Outcome.FAILED, outputs, measures,
                "Failed: " + assessment.failures(), null);
    }
}
