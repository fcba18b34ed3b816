package io.sightline.simulator;

import io.sightline.simulator.live.LiveFigures;
import io.sightline.simulator.scenario.ScenarioEvent;
import io.sightline.simulator.scenario.ScenarioKind;
import java.time.Instant;
import java.util.List;

/**
 * The simulator at one moment: its phase and a sentence on it, the simulated time, speed and whether it is
 * paused, the live counts, the scenario events on the timeline and those active now, and why alert rules
 * were not installed (null when they were, or were not asked for).
 */
public record SimulatorSnapshot(
        SimulatorPhase phase,
        String message,
        Instant simulatedTime,
        double speed,
        boolean paused,
        LiveFigures figures,
        List<ScenarioEvent> events,
        List<ScenarioKind> activeEvents,
        String alertRulesRefused) {

    public SimulatorSnapshot {
        events = List.copyOf(events);
        activeEvents = List.copyOf(activeEvents);
    }
}
