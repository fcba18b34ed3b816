package io.sightline.app.demo;

import io.sightline.simulator.SimulatorSnapshot;
import io.sightline.simulator.scenario.ScenarioKind;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The demo's status line, from a snapshot of the simulator: what it prepares, or what it scores live. It shares
 * the header with the persona switcher, so it is short: "12,345 scored · 10×".
 */
final class DemoStatus {
    private DemoStatus() {
    }

    static String describe(SimulatorSnapshot snapshot) {
        return switch (snapshot.phase()) {
            case NOT_STARTED -> "Starting the demo…";
            case GENERATING_HISTORY -> "Generating history…";
            case IMPORTING_HISTORY -> "Importing the history…";
            case TRAINING -> snapshot.message().startsWith("Training the first model…") ? snapshot.message()
                    : "Training the first model…";
            case DEPLOYING -> "Deploying the first model…";
            case INSTALLING_ALERT_RULES -> "Installing the alert rules…";
            case LIVE -> live(snapshot);
            case FAILED -> snapshot.message();
            case STOPPED -> "Stopped";
        };
    }

    private static String live(SimulatorSnapshot snapshot) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,d scored",
                snapshot.figures().scored()));
        line.append(snapshot.paused() ? " · paused" : String.format(Locale.ROOT, " · %d×", Math.round(snapshot.speed())));
        if (!snapshot.activeEvents().isEmpty()) {
            line.append(" · ").append(snapshot.activeEvents().stream().map(ScenarioKind::title)
                    .collect(Collectors.joining(", ")));
        }
        return line.toString();
    }
}
