package io.sightline.app.workspace.mlops;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.Flow;

/** A flow in the list: which definition, on what, where it is, who started it and when. */
public record FlowRow(Flow flow) {

    public String id() {
        return flow.id();
    }

    public String definition() {
        return flow.definition().name();
    }

    public String subject() {
        return FlowWording.subject(flow.subject());
    }

    public String state() {
        return FlowWording.state(flow.state());
    }

    public String startedBy() {
        return flow.startedBy();
    }

    public String startedAt() {
        return Figures.dateTime(flow.startedAt());
    }
}
