package io.sightline.app.workspace.mlops;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.CapacityTest;

/** A load test in the deployment's list: when it started, who started it, where it is and the rate it sustained. */
public record CapacityRow(CapacityTest test) {

    public String id() {
        return test.id();
    }

    public String when() {
        return Figures.dateTime(test.startedAt());
    }

    public String by() {
        return test.by() == null ? Figures.NONE : test.by();
    }

    public String state() {
        return CapacityWording.state(test.state());
    }

    public String sustained() {
        return CapacityWording.sustained(test);
    }
}
