package io.sightline.app.workspace.mlops;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.FlowState;
import io.sightline.engine.api.FlowSubject;
import io.sightline.engine.api.GateMeasure;
import io.sightline.engine.api.StepKind;
import io.sightline.engine.api.StepRun;
import io.sightline.engine.api.StepState;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How flows read in words: their subject, states, a gate's measures, a step's times. */
final class FlowWording {
    private FlowWording() {
    }

    /** "iris-species v3 → iris-live", or without the arrow when the flow names no deployment. */
    static String subject(FlowSubject subject) {
        String version = subject.model() + " v" + subject.version();
        return subject.deployment() == null ? version : version + " → " + subject.deployment();
    }

    static String state(FlowState state) {
        return sentenceCase(state.name());
    }

    static String state(StepState state) {
        return sentenceCase(state.name());
    }

    static String kind(StepKind kind) {
        return sentenceCase(kind.name());
    }

    /** A measure as a caption: "auc 0.91 ≥ 0.85" when it held, "auc 0.62, not ≥ 0.85" when it did not. */
    static String caption(GateMeasure measure) {
        String compared = symbol(measure.comparison()) + " " + Figures.significant(measure.threshold());
        String value = measure.name() + " " + Figures.significant(measure.value());
        return measure.passed() ? value + " " + compared : value + ", not " + compared;
    }

    /** The caption of a step: the first measure that failed, else the first one; empty for a step with none. */
    static String caption(StepRun step) {
        return step.measures().stream().filter(m -> !m.passed()).findFirst()
                .or(() -> step.measures().stream().findFirst()).map(FlowWording::caption).orElse("");
    }

    /** A measure in the details: "auc: 0.62 vs ≥ 0.85 (failed)". */
    static String measure(GateMeasure measure) {
        return measure.name() + ": " + Figures.significant(measure.value()) + " vs " + symbol(measure.comparison())
                + " " + Figures.significant(measure.threshold()) + (measure.passed() ? " (passed)" : " (failed)");
    }

    /** "started 2026-11-20 10:00, ended 10:00 (1.2 s)", or "not started". */
    static String times(StepRun step) {
        if (step.startedAt() == null) {
            return "Not started.";
        }
        String started = "Started " + Figures.dateTime(step.startedAt());
        if (step.endedAt() == null) {
            return started + ".";
        }
        return started + ", took " + Figures.duration(Duration.between(step.startedAt(), step.endedAt()).toMillis())
                + ".";
    }

    /** Each entry as "name = value", sorted by name. */
    static List<String> entries(Map<String, String> values) {
        return values.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " = " + e.getValue()).toList();
    }

    /** Where the flow is, with the engine's sentence when it gave one. */
    static String status(Flow flow) {
        String said = flow.message() == null || flow.message().isBlank() ? "" : " " + flow.message();
        return state(flow.state()) + "." + said;
    }

    private static String symbol(Comparison comparison) {
        return switch (comparison) {
            case GREATER_OR_EQUAL -> "≥";
            case LESS_OR_EQUAL -> "≤";
            case NOT_EQUAL -> "≠";
            default -> comparison.symbol();
        };
    }

    private static String sentenceCase(String constant) {
        String spaced = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
