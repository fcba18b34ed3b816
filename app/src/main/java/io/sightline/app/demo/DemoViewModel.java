package io.sightline.app.demo;

import io.sightline.simulator.MarketplaceSimulator;
import io.sightline.simulator.SimulatorPhase;
import io.sightline.simulator.SimulatorSnapshot;
import io.sightline.simulator.scenario.ScenarioKind;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The running demo as the Demo menu and the badge see it: a status line, whether it is live or paused, its
 * speed, and whether it is on its way out (reset or leave). Commands go straight to the simulator, which
 * answers at once; reset and leave go to the console's {@link DemoExits}.
 */
public final class DemoViewModel {
    /** The speeds the menu offers, in simulated seconds per real second. */
    public static final List<Integer> SPEEDS = List.of(1, 10, 100);

    private final MarketplaceSimulator simulator;
    private final DemoExits exits;

    public DemoViewModel(MarketplaceSimulator simulator, DemoExits exits) {
        this.simulator = simulator;
        this.exits = exits;
        show(simulator.snapshot());
    }

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Starting the demo…");

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<SimulatorPhase> phase = new ReadOnlyObjectWrapper<>(SimulatorPhase.NOT_STARTED);

    public ReadOnlyObjectProperty<SimulatorPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper();

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    private final ReadOnlyIntegerWrapper speed = new ReadOnlyIntegerWrapper();

    public ReadOnlyIntegerProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper leaving = new ReadOnlyBooleanWrapper();

    public ReadOnlyBooleanProperty leavingProperty() {
        return leaving.getReadOnlyProperty();
    }

    /** Takes the latest snapshot (on the FX thread, at most a few times a second). */
    public void show(SimulatorSnapshot snapshot) {
        phase.set(snapshot.phase());
        paused.set(snapshot.paused());
        speed.set((int) Math.round(snapshot.speed()));
        if (!leaving.get()) {
            status.set(DemoStatus.describe(snapshot));
        }
    }

    public void togglePause() {
        if (simulator.snapshot().paused()) {
            simulator.resume();
        } else {
            simulator.pause();
        }
        show(simulator.snapshot());
    }

    public void setSpeed(int simulatedSecondsPerSecond) {
        simulator.setSpeed(simulatedSecondsPerSecond);
        show(simulator.snapshot());
    }

    public void trigger(ScenarioKind kind) {
        simulator.trigger(kind);
        show(simulator.snapshot());
    }

    public void reset() {
        goingAway("Resetting the demo…");
        exits.reset();
    }

    public void leave() {
        goingAway("Leaving the demo…");
        exits.leave();
    }

    private void goingAway(String sentence) {
        leaving.set(true);
        status.set(sentence);
    }
}
