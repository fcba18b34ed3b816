package io.sightline.engine.flow.step;

import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.Stage;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import java.util.Map;

/**
 * The failure branch: a version imported before the flow failed is archived, so that nobody releases a copy that
 * was not verified; the message says why the flow failed.
 */
final class WithdrawImport implements StepAction {
    private final CrossProjectActions parts;

    WithdrawImport(CrossProjectActions parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "withdraw-import";
    }

    @Override
    public StepResult run(StepInput input) {
        String why = input.failures().isEmpty() ? "" : " after " + String.join("; ", input.failures());
        String model = input.earlierOutput("model");
        String version = input.earlierOutput("version");
        if (model == null || version == null) {
            return StepResult.passed("Nothing was imported, so nothing is withdrawn" + why + ".", Map.of());
        }
        ModelVersion archived = parts.engine().registry().setStage(model, Integer.parseInt(version), Stage.ARCHIVED);
        return StepResult.passed("Archived " + archived.ref() + ", which was not verified" + why + ".",
                Map.of("archived", archived.ref().toString()));
    }
}
