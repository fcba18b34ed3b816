package io.sightline.app.workspace.risk;

import io.sightline.app.shell.DataOrigin;
import io.sightline.engine.api.Alert;
import io.sightline.engine.api.AlertSeverity;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Desktop notifications for alerts that fired (ControlsFX {@link Notifications}), one for all the alerts a
 * notification round gathered: the first few messages, the count of the rest, and the worst severity's look.
 */
final class DesktopNotifier implements FiringNotifier {
    static final int MESSAGES_SHOWN = 3;
    private static final Logger LOG = LoggerFactory.getLogger(DesktopNotifier.class);

    private final Supplier<Window> owner;
    private final DataOrigin origin;

    DesktopNotifier(Supplier<Window> owner, DataOrigin origin) {
        this.owner = owner;
        this.origin = origin;
    }

    @Override
    public void alertsFired(List<Alert> fired) {
        Window window = owner.get();
        if (window == null || !window.isShowing()) {
            return; // nowhere to show it; the alert center lists the alerts when it is opened
        }
        AlertSeverity worst = fired.stream().map(Alert::severity).max(Comparator.naturalOrder())
                .orElse(AlertSeverity.INFO);
        Notifications notice = Notifications.create()
                .owner(window)
                .title(title(fired))
                .text(text(fired))
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(8));
        try {
            switch (worst) {
                case CRITICAL -> notice.showError();
                case WARNING -> notice.showWarning();
                case INFO -> notice.showInformation();
            }
        } catch (RuntimeException failure) {
            LOG.warn("Could not show the alert notification", failure);
        }
    }

    String title(List<Alert> fired) {
        String prefix = origin.simulated() ? "Simulated — " : "";
        return prefix + (fired.size() == 1 ? "Alert: " + fired.get(0).ruleName() : fired.size() + " alerts fired");
    }

    static String text(List<Alert> fired) {
        String shown = fired.stream().limit(MESSAGES_SHOWN)
                .map(a -> (a.deployment() == null ? "" : a.deployment() + ": ") + a.message())
                .collect(Collectors.joining("\n"));
        int more = fired.size() - MESSAGES_SHOWN;
        return more > 0 ? shown + "\n… and " + more + " more" : shown;
    }
}
