package io.sightline.app.workspace.mlops;

import io.sightline.app.text.Figures;
import io.sightline.engine.api.DeploymentChange;
import io.sightline.engine.api.DeploymentState;

/** One change in a deployment's history as the table shows it: when, who, from which version to which, and why. */
record HistoryRow(DeploymentChange change) {

    String when() {
        return Figures.dateTime(change.at());
    }

    String by() {
        return change.by() == null ? Figures.NONE : change.by();
    }

    String fromTo() {
        String to = change.state() == DeploymentState.STOPPED ? "stopped" : "v" + change.version();
        return change.fromVersion() == null ? to : "v" + change.fromVersion() + " → " + to;
    }

    String policy() {
        return change.policy() == null ? Figures.NONE : ReleaseWording.kind(change.policy());
    }

    String reason() {
        return change.reason() == null ? Figures.NONE : change.reason();
    }
}
