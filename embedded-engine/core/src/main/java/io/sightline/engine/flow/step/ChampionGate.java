package io.sightline.engine.flow.step;

import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.GateMeasure;
import io.sightline.engine.api.ModelVersion;
import io.sightline.engine.api.RunInfo;
import io.sightline.engine.flow.StepAction;
import io.sightline.engine.flow.StepInput;
import io.sightline.engine.flow.StepResult;
import io.sightline.engine.train.HeldOutEvaluation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * No regression against the champion: scores the candidate and the version the deployment serves now on the same
 * rows, those held out when the candidate was trained, and fails when the candidate is worse by more than
 * {@code maxDrop} on the task's ranking metric (AUC, accuracy or RMSE).
 */
final class ChampionGate implements StepAction {
    private final EngineParts parts;

    ChampionGate(EngineParts parts) {
        this.parts = parts;
    }

    @Override
    public String name() {
        return "champion-regression";
    }

    @Override
    public StepResult run(StepInput input) {
        ModelVersion candidate = parts.candidate(input);
        Optional<ModelVersion> champion = parts.champion(input);
        if (champion.isEmpty()) {
            return StepResult.passed("No other version serves here yet: there is no champion to compare with.",
                    Map.of());
        }
        RunInfo run = parts.runs().run(candidate.runId());
        long seed = Long.parseLong(run.params().getOrDefault("seed", "42"));
        HeldOutEvaluation heldOut = new HeldOutEvaluation(parts.trainingData().apply(candidate.ref()),
                candidate.schema().target(), candidate.schema().task(), seed);
        String metric = HeldOutEvaluation.primaryMetric(candidate.schema().task());
        double challenger = heldOut.evaluate(parts.models().apply(candidate.ref())).metric(metric);
        double incumbent = heldOut.evaluate(parts.models().apply(champion.get().ref())).metric(metric);
        double maxDrop = input.number("maxDrop");
        boolean higherIsBetter = HeldOutEvaluation.higherIsBetter(metric);
        GateMeasure measure = higherIsBetter
                ? GateMeasure.judge(metric + " of v" + candidate.version() + " vs champion v" + champion.get().version(),
                        challenger, Comparison.GREATER_OR_EQUAL, incumbent - maxDrop)
                : GateMeasure.judge(metric + " of v" + candidate.version() + " vs champion v" + champion.get().version(),
                        challenger, Comparison.LESS_OR_EQUAL, incumbent + maxDrop);
        return StepResult.judged(List.of(measure), Map.of("championVersion", String.valueOf(champion.get().version()),
                "candidate_" + metric, String.valueOf(challenger), "champion_" + metric, String.valueOf(incumbent),
                "heldOutRows", String.valueOf(heldOut.rows())));
    }
}
