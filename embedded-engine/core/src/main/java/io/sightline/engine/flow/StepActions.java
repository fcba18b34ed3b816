package io.sightline.engine.flow;

import io.sightline.engine.api.PlatformException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The actions flow steps may name, by name. */
public final class StepActions {
    private final Map<String, StepAction> byName = new LinkedHashMap<>();

    public StepActions(List<? extends StepAction> actions) {
        for (StepAction action : actions) {
            if (byName.putIfAbsent(action.name(), action) != null) {
                throw new IllegalArgumentException("Two step actions are called " + action.name());
            }
        }
    }

    public StepAction get(String name) {
        StepAction action = byName.get(name);
        if (action == null) {
            throw PlatformException.invalid("There is no step action called '" + name + "'; there are "
                    + byName.keySet() + ".");
        }
        return action;
    }

    public Set<String> names() {
        return byName.keySet();
    }
}
