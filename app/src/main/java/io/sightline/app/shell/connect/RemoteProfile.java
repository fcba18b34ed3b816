package io.sightline.app.shell.connect;

import java.net.URI;
import java.util.Objects;

/**
 * A remote platform the user keeps: a name of their choosing, the server's address and the access token it
 * issued. The token is a secret: {@link #toString()} never shows it, so a profile can be logged safely.
 */
public record RemoteProfile(String name, URI url, String token) implements PlatformTarget {
    static final String KEY_PREFIX = "remote:";

    public RemoteProfile {
        Objects.requireNonNull(name);
        Objects.requireNonNull(url);
        Objects.requireNonNull(token);
    }

    @Override
    public String key() {
        return KEY_PREFIX + name;
    }

    @Override
    public String title() {
        return name;
    }

    @Override
    public String shortTitle() {
        return name;
    }

    @Override
    public String toString() {
        return "RemoteProfile[name=" + name + ", url=" + url + ", token=(hidden)]";
    }
}
