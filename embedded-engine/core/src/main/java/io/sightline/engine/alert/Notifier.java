package io.sightline.engine.alert;

import io.sightline.engine.api.Alert;

/** Tells people outside the console that an alert fired, was acknowledged or was resolved. */
@FunctionalInterface
public interface Notifier {

    /** Must not block: delivery happens in the background. */
    void alertChanged(Alert alert);
}
