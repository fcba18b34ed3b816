package io.sightline.app.remote;

import java.time.Duration;
import java.util.Optional;

/** How the link to a remote platform is: its state, the last measured round trip, and a short explanation. */
public record ConnectionStatus(State state, Optional<Duration> roundTrip, String detail) {

    public enum State { CONNECTED, RECONNECTING, OFFLINE }
}
