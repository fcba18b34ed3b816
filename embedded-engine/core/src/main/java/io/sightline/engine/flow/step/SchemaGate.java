package io.sightline.engine.flow.step;

import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.GateMeasure;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Schema compatibility: every input the candidate takes must be one the served version takes, with the same type,
 * so that callers of the deployment need not change what they send.
 */
final class SchemaGate implements StepAction {
    private final EngineParts parts;

    SchemaGate(EngineParts parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "schema-compatibility";
    }

    @Override
    public StepResult run(StepInput input) {
        ModelVersion candidate = parts.candidate(input);
        Optional<ModelVersion> champion = parts.champion(input);
        if (champion.isEmpty()) {
            return StepResult.passed("No other version serves here yet: any inputs are compatible.", Map.of());
        }
        Map<String, FieldSpec> served = champion.get().schema().inputs().stream()
                .collect(Collectors.toMap(FieldSpec::name, Function.identity()));
        List<String> problems = new ArrayList<>();
        for (FieldSpec field : candidate.schema().inputs()) {
            FieldSpec before = served.get(field.name());
            if (before == null) {
                problems.add("'" + field.name() + "' is new");
            } else if (before.type() != field.type()) {
                problems.add("'" + field.name() + "' was " + before.type() + " and is " + field.type());
            }
        }
        GateMeasure measure = GateMeasure.judge("incompatible inputs", problems.size(), Comparison.EQUAL, 0);
        return StepResult.judged(List.of(measure), problems.isEmpty() ? Map.of()
                : Map.of("incompatible", String.join("; ", problems)));
    }
}
