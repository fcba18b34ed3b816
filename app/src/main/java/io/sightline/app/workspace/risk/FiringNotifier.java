package io.sightline.app.workspace.risk;

import io.sightline.engine.api.Alert;
import java.util.List;

/** Tells the person at the desk that alerts fired; called on the UI thread with at least one alert. */
@FunctionalInterface
public interface FiringNotifier {
    void alertsFired(List<Alert> fired);
}
