package io.sightline.app.shell;

import io.sightline.app.remote.ConnectionStatus;
import io.sightline.app.remote.RemoteLink;
import io.sightline.app.shell.connect.LinkQuality;
import io.sightline.app.shell.connect.RemoteProfile;
import io.sightline.app.shell.health.SystemHealthViewModel;
import io.sightline.app.task.LatestValueRelay;
import io.sightline.app.text.Figures;
import io.sightline.engine.api.PlatformInfo;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The status bar's connection part: where the console is connected ("This computer" and its data folder, or
 * the remote's name and address) and, for a remote, the round trip, a quality word and "Reconnecting…" while
 * the link says so. Link changes arrive on the link's own thread and are handed to the UI thread, latest first.
 */
public final class StatusBarViewModel implements AutoCloseable {
    static final String RECONNECTING = "Reconnecting…";
    private static final Logger LOG = LoggerFactory.getLogger(StatusBarViewModel.class);

    private final SystemHealthViewModel health;
    private final Executor uiThread;
    private ConsoleSession session;
    private ConnectionStatus linkStatus;
    private AutoCloseable linkListener;

    /** {@code uiThread} is {@code javafx.application.Platform::runLater} in the console, a direct call in tests. */
    public StatusBarViewModel(SystemHealthViewModel health, Executor uiThread) {
        this.health = health;
        this.uiThread = uiThread;
        health.infoProperty().addListener((obs, old, info) -> showPlace());
        health.roundTripProperty().addListener((obs, old, measured) -> judge());
        health.recentFailuresProperty().addListener((obs, old, failures) -> judge());
    }

    private final ReadOnlyStringWrapper place = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty placeProperty() {
        return place.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper placeDetail = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty placeDetailProperty() {
        return placeDetail.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper remote = new ReadOnlyBooleanWrapper();

    public ReadOnlyBooleanProperty remoteProperty() {
        return remote.getReadOnlyProperty();
    }

    private final ReadOnlyObjectWrapper<LinkQuality> quality = new ReadOnlyObjectWrapper<>();

    /** Empty for the embedded engine and while nothing has been measured yet. */
    public ReadOnlyObjectProperty<LinkQuality> qualityProperty() {
        return quality.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper linkText = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty linkTextProperty() {
        return linkText.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper linkDetail = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty linkDetailProperty() {
        return linkDetail.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper roundTrip = new ReadOnlyStringWrapper("");

    public ReadOnlyStringProperty roundTripProperty() {
        return roundTrip.getReadOnlyProperty();
    }

    private final ReadOnlyBooleanWrapper reconnecting = new ReadOnlyBooleanWrapper();

    public ReadOnlyBooleanProperty reconnectingProperty() {
        return reconnecting.getReadOnlyProperty();
    }

    /** Follows {@code newSession} from now on, and its link if it has one. */
    public void attach(ConsoleSession newSession) {
        stopListening();
        session = newSession;
        remote.set(newSession.target() instanceof RemoteProfile);
        Optional<RemoteLink> link = newSession.link();
        linkStatus = link.map(RemoteLink::status).orElse(null);
        link.ifPresent(l -> {
            LatestValueRelay<ConnectionStatus> relay = new LatestValueRelay<>(uiThread, status -> {
                if (session == newSession) {
                    linkStatus = status;
                    judge();
                }
            });
            linkListener = l.onStatusChange(relay::offer);
        });
        showPlace();
        judge();
    }

    private void showPlace() {
        if (session == null) {
            return;
        }
        if (session.target() instanceof RemoteProfile profile) {
            place.set(profile.name());
            placeDetail.set(profile.url().toString());
        } else {
            place.set("This computer");
            PlatformInfo info = health.infoProperty().get();
            placeDetail.set(info == null ? "" : info.location());
        }
    }

    private void judge() {
        if (!remote.get()) {
            quality.set(null);
            linkText.set("");
            linkDetail.set("");
            roundTrip.set("");
            reconnecting.set(false);
            return;
        }
        ConnectionStatus.State state = linkStatus == null ? ConnectionStatus.State.CONNECTED : linkStatus.state();
        Optional<Duration> measured = Optional.ofNullable(linkStatus).flatMap(ConnectionStatus::roundTrip)
                .or(() -> Optional.ofNullable(health.roundTripProperty().get()));
        Optional<LinkQuality> judged = LinkQuality.judge(state, measured, health.recentFailuresProperty().get());
        quality.set(judged.orElse(null));
        reconnecting.set(state == ConnectionStatus.State.RECONNECTING);
        linkText.set(reconnecting.get() ? RECONNECTING : judged.map(LinkQuality::word).orElse("checking…"));
        linkDetail.set(linkStatus == null || linkStatus.detail() == null ? "" : linkStatus.detail());
        roundTrip.set(measured.map(Figures::roundTrip).orElse(""));
    }

    private void stopListening() {
        if (linkListener != null) {
            try {
                linkListener.close();
            } catch (Exception e) {
                LOG.warn("Could not stop following a platform's link", e);
            }
            linkListener = null;
        }
    }

    @Override
    public void close() {
        stopListening();
    }
}
