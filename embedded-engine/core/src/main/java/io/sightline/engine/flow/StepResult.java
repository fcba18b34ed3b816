package io.sightline.engine.flow;

import io.sightline.engine.api.GateMeasure;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a step's action came to: passed, failed, or not decided yet (to be run again after {@code checkAgainIn}),
 * with its outputs, the values it judged and a sentence for people.
 */
public record StepResult(Outcome outcome, Map<String, String> outputs, List<GateMeasure> measures, String message,
                         Duration checkAgainIn) {

    public enum Outcome { PASSED, FAILED, WAITING }

    public StepResult {
        outputs = outputs == null ? Map.of() : Map.copyOf(outputs);
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    public static StepResult passed(String message, Map<String, String> outputs) {
        return new StepResult(Outcome.PASSED, outputs, List.of(), message, null);
    }

    public static StepResult failed(String message, Map<String, String> outputs) {
        return new StepResult(Outcome.FAILED, outputs, List.of(), message, null);
    }

    public static StepResult waiting(String message, Map<String, String> outputs, Duration checkAgainIn) {
        return new StepResult(Outcome.WAITING, outputs, List.of(), message, checkAgainIn);
    }

    /** A gate's verdict: passed when every measure passed; the message names what failed. */
    public static StepResult judged(List<GateMeasure> measures, Map<String, String> outputs) {
        List<GateMeasure> failed = measures.stream().filter(m -> !m.passed()).toList();
        String message = (failed.isEmpty() ? "Passed: " : "Failed: ")
                + (failed.isEmpty() ? measures : failed).stream().map(StepResult::describe)
                        .reduce((a, b) -> a + "; " + b).orElse("nothing was measured");
        return new StepResult(failed.isEmpty() && !measures.isEmpty() ? Outcome.PASSED : Outcome.FAILED, outputs,
                measures, message, null);
    }

    private static String describe(GateMeasure measure) {
        return measure.name() + " " + plain(measure.value()) + (measure.passed() ? " " : " is not ")
                + measure.comparison().symbol() + " " + plain(measure.threshold());
    }

    static String plain(double value) {
        return Double.isNaN(value) ? "unknown" : Double.toString(Math.round(value * 10_000) / 10_000.0);
    }
}
