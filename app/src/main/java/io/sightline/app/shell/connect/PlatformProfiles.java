package io.sightline.app.shell.connect;

import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The remote profiles the user keeps and the platform chosen last, under one java.util.prefs node (a child of
 * the shell's node). On Linux and macOS that is a file in the user's own preferences folder, which Java keeps
 * readable by the user only; on Windows, the user's part of the registry. Tests hand in a node in memory.
 */
public final class PlatformProfiles {
    private static final String COUNT = "count";
    private static final String LAST = "last";
    private static final String NAME = ".name";
    private static final String URL = ".url";
    private static final String TOKEN = ".token";

    private final Preferences node;

    public PlatformProfiles(Preferences node) {
        this.node = node;
    }

    /** The saved remote profiles in the order the user made them; one that cannot be read is left out. */
    public List<RemoteProfile> remotes() {
        List<RemoteProfile> profiles = new ArrayList<>();
        int count = node.getInt(COUNT, 0);
        for (int i = 0; i < count; i++) {
            String name = node.get(i + NAME, null);
            String url = node.get(i + URL, null);
            String token = node.get(i + TOKEN, null);
            if (name != null && url != null && token != null) {
                parse(url).ifPresent(uri -> profiles.add(new RemoteProfile(name, uri, token)));
            }
        }
        return List.copyOf(profiles);
    }

    /** Replaces the saved profiles with {@code profiles}; throws a plain {@link PlatformException} if it cannot. */
    public void saveRemotes(List<RemoteProfile> profiles) {
        int previous = node.getInt(COUNT, 0);
        for (int i = 0; i < profiles.size(); i++) {
            RemoteProfile profile = profiles.get(i);
            node.put(i + NAME, profile.name());
            node.put(i + URL, profile.url().toString());
            node.put(i + TOKEN, profile.token());
        }
        for (int i = profiles.size(); i < previous; i++) {
            node.remove(i + NAME);
            node.remove(i + URL);
            node.remove(i + TOKEN);
        }
        node.putInt(COUNT, profiles.size());
        flush();
    }

    /** The key of the platform the console was connected to when it last switched. */
    public Optional<String> lastChoice() {
        return Optional.ofNullable(node.get(LAST, null));
    }

    public void rememberChoice(PlatformTarget target) {
        node.put(LAST, target.key());
        flush();
    }

    /** The target that {@code key} names among the embedded engine and the saved profiles. */
    public Optional<PlatformTarget> find(String key) {
        if (EmbeddedEngine.KEY.equals(key)) {
            return Optional.of(EmbeddedEngine.INSTANCE);
        }
        return remotes().stream().filter(p -> p.key().equals(key)).map(PlatformTarget.class::cast).findFirst();
    }

    private static Optional<URI> parse(String url) {
        try {
            return Optional.of(new URI(url));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty(); // written by hand or by another version: leave it out rather than fail
        }
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw new PlatformException(ErrorCode.UNAVAILABLE, "Could not save the list of platforms in your"
                    + " settings (" + e.getMessage() + "). Check that your home folder can be written to.", e);
        }
    }
}
