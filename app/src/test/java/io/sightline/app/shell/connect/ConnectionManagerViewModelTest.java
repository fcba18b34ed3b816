package io.sightline.app.shell.connect;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.sightline.app.InMemoryPreferences;
import io.sightline.app.fakes.ComposedPlatform;
import io.sightline.app.fakes.ScriptedStatus;
import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PlatformInfo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ConnectionManagerViewModelTest {
    private static final String TOKEN = "sl_secret_7f3a9c";
    private static final RemoteProfile PROD = new RemoteProfile("Production", URI.create("https://prod.example.com"), TOKEN);

    private final InMemoryPreferences node = new InMemoryPreferences();
    private final PlatformProfiles store = new PlatformProfiles(node);
    private final AtomicLong clock = new AtomicLong();
    private final List<RemoteProfile> connectedWith = new ArrayList<>();
    private PlatformTarget connected = EmbeddedEngine.INSTANCE;
    private RuntimeException connectFailure;

    private final PlatformConnector connector = profile -> {
        connectedWith.add(profile);
        if (connectFailure != null) {
            throw connectFailure;
        }
        return ComposedPlatform.of(new ScriptedStatus() {
            @Override
            public PlatformInfo info() {
                clock.addAndGet(42_000_000); // the server takes 42 ms to answer
                return new PlatformInfo("remote", profile.url().toString(), "0.3.1");
            }
        });
    };

    private ConnectionManagerViewModel manager() {
        return new ConnectionManagerViewModel(store, connector, new CurrentThreadTaskExecutor(), clock::get,
                () -> connected);
    }

    /** A manager with {@code profile} saved and selected for editing. */
    private ConnectionManagerViewModel editing(RemoteProfile profile) {
        store.saveRemotes(List.of(profile));
        ConnectionManagerViewModel manager = manager();
        manager.select(profile);
        return manager;
    }

    private static void fill(ConnectionManagerViewModel manager, String name, String url, String token) {
        manager.newProfile();
        manager.nameProperty().set(name);
        manager.urlProperty().set(url);
        manager.tokenProperty().set(token);
    }

    @Test
    void thisComputerIsAlwaysFirstThenTheSavedRemotesInOrder() {
        store.saveRemotes(List.of(new RemoteProfile("Staging", URI.create("https://staging.example.com"), "a"),
                new RemoteProfile("Production", URI.create("https://prod.example.com"), "b")));

        ConnectionManagerViewModel manager = manager();

        assertThat(manager.targets()).extracting(PlatformTarget::title)
                .containsExactly("This computer (embedded engine)", "Staging", "Production");
        assertThat(manager.selectedProperty().get()).isEqualTo(EmbeddedEngine.INSTANCE);
    }

    @Test
    void aSavedProfileSurvivesIntoANewStoreOnTheSameNodeWithItsToken() {
        ConnectionManagerViewModel manager = manager();
        fill(manager, " Production ", "https://prod.example.com:8443 ", TOKEN);

        assertThat(manager.save()).isTrue();

        assertThat(manager.formMessageProperty().get()).isEqualTo("Saved \"Production\".");
        List<RemoteProfile> reread = new PlatformProfiles(node).remotes();
        assertThat(reread).containsExactly(
                new RemoteProfile("Production", URI.create("https://prod.example.com:8443"), TOKEN));
        assertThat(manager().targets()).extracting(PlatformTarget::title).contains("Production");
    }

    @Test
    void theLastChoiceIsRememberedAndFoundAgain() {
        store.saveRemotes(List.of(PROD));
        store.rememberChoice(PROD);

        PlatformProfiles reopened = new PlatformProfiles(node);

        assertThat(reopened.lastChoice().flatMap(reopened::find)).contains(PROD);
        reopened.rememberChoice(EmbeddedEngine.INSTANCE);
        assertThat(new PlatformProfiles(node).lastChoice().flatMap(reopened::find)).contains(EmbeddedEngine.INSTANCE);
    }

    @Test
    void eachRuleBrokenGetsItsOwnPlainMessageAndNothingTypedIsLost() {
        store.saveRemotes(List.of(new RemoteProfile("Production", URI.create("https://prod.example.com"), "b")));
        ConnectionManagerViewModel manager = manager();

        assertThat(refusal(manager, "", "https://a.example.com", TOKEN)).startsWith("Give the platform a name");
        assertThat(refusal(manager, "production", "https://a.example.com", TOKEN))
                .isEqualTo("There is already a platform called \"production\". Choose another name.");
        assertThat(refusal(manager, "This computer", "https://a.example.com", TOKEN))
                .startsWith("There is already a platform called");
        assertThat(refusal(manager, "Lab", "", TOKEN)).startsWith("Give the platform's address");
        assertThat(refusal(manager, "Lab", "ftp://files.example.com", TOKEN))
                .startsWith("The address must start with http:// or https://");
        assertThat(refusal(manager, "Lab", "prod.example.com", TOKEN))
                .startsWith("The address must start with http:// or https://");
        assertThat(refusal(manager, "Lab", "https:///path-only", TOKEN)).startsWith("The address needs a host name");
        assertThat(refusal(manager, "Lab", "http://bad host", TOKEN)).startsWith("\"http://bad host\" is not a web address");
        assertThat(refusal(manager, "Lab", "https://lab.example.com", "  ")).startsWith("Give the access token");

        assertThat(manager.nameProperty().get()).isEqualTo("Lab");
        assertThat(manager.urlProperty().get()).isEqualTo("https://lab.example.com");
        assertThat(store.remotes()).hasSize(1);
    }

    private static String refusal(ConnectionManagerViewModel manager, String name, String url, String token) {
        fill(manager, name, url, token);
        assertThat(manager.save()).isFalse();
        assertThat(manager.formFailedProperty().get()).isTrue();
        return manager.formMessageProperty().get();
    }

    @Test
    void editingKeepsTheSavedTokenHiddenUntilTheUserReplacesIt() {
        ConnectionManagerViewModel manager = editing(PROD);

        assertThat(manager.tokenProperty().get()).isEmpty();
        assertThat(manager.tokenKeptProperty().get()).isTrue();

        manager.urlProperty().set("https://prod2.example.com");
        assertThat(manager.save()).isTrue();
        assertThat(store.remotes()).containsExactly(
                new RemoteProfile("Production", URI.create("https://prod2.example.com"), TOKEN));
        assertThat(manager.tokenProperty().get()).isEmpty();

        manager.replaceToken();
        assertThat(manager.tokenKeptProperty().get()).isFalse();
        assertThat(manager.save()).as("a replaced token must be typed").isFalse();
        manager.tokenProperty().set("sl_new_token");
        assertThat(manager.save()).isTrue();
        assertThat(store.remotes().get(0).token()).isEqualTo("sl_new_token");
    }

    @Test
    void renamingTheProfileChosenLastKeepsItChosen() {
        store.saveRemotes(List.of(PROD));
        store.rememberChoice(PROD);
        ConnectionManagerViewModel manager = manager();

        manager.select(PROD);
        manager.nameProperty().set("Live");
        assertThat(manager.save()).isTrue();

        assertThat(store.lastChoice()).contains("remote:Live");
        assertThat(manager.targets()).extracting(PlatformTarget::title)
                .containsExactly("This computer (embedded engine)", "Live");
    }

    @Test
    void removesAProfileButNotTheOneTheConsoleIsConnectedTo() {
        RemoteProfile lab = new RemoteProfile("Lab", URI.create("http://lab.local:7070"), "x");
        store.saveRemotes(List.of(PROD, lab));
        connected = PROD;
        ConnectionManagerViewModel manager = manager();

        manager.remove(PROD);
        assertThat(manager.formMessageProperty().get()).startsWith("The console is connected to \"Production\".");
        assertThat(store.remotes()).hasSize(2);

        manager.select(PROD);
        manager.urlProperty().set("https://prod2.example.com");
        assertThat(manager.save()).isTrue();
        assertThat(manager.formMessageProperty().get()).isEqualTo("Saved the changes to \"Production\". They apply"
                + " the next time the console connects to it.");
        manager.remove(manager.editingProperty().get());
        assertThat(store.remotes()).as("an edited copy of the connected profile is still connected").hasSize(2);

        manager.remove(lab);
        assertThat(store.remotes()).extracting(RemoteProfile::name).containsExactly("Production");
        assertThat(manager.targets()).extracting(PlatformTarget::title)
                .containsExactly("This computer (embedded engine)", "Production");
    }

    @Test
    void testingReportsTheRoundTripAndTheServerVersion() {
        ConnectionManagerViewModel manager = manager();
        fill(manager, "Production", "https://prod.example.com", TOKEN);

        manager.testConnection();

        assertThat(manager.testPassedProperty().get()).isTrue();
        assertThat(manager.testMessageProperty().get()).isEqualTo("Connected: round trip 42 ms, server version 0.3.1.");
        assertThat(connectedWith).extracting(RemoteProfile::token).containsExactly(TOKEN);
        assertThat(store.remotes()).as("testing does not save").isEmpty();
    }

    @Test
    void testingASavedProfileUsesItsHiddenToken() {
        ConnectionManagerViewModel manager = editing(PROD);

        manager.testConnection();

        assertThat(connectedWith).containsExactly(PROD);
        assertThat(manager.testPassedProperty().get()).isTrue();
    }

    @Test
    void aFailedTestSaysWhyInPlainWordsAndKeepsTheForm() {
        connectFailure = new PlatformException(ErrorCode.UNAVAILABLE,
                "Nothing answers at https://prod.example.com. Check the address and that the server is running.");
        ConnectionManagerViewModel manager = manager();
        fill(manager, "Production", "https://prod.example.com", TOKEN);

        manager.testConnection();

        assertThat(manager.testPassedProperty().get()).isFalse();
        assertThat(manager.testMessageProperty().get()).isEqualTo("Could not connect to https://prod.example.com:"
                + " Nothing answers at https://prod.example.com. Check the address and that the server is running.");
        assertThat(manager.testingProperty().get()).isFalse();
        assertThat(manager.nameProperty().get()).isEqualTo("Production");
        assertThat(manager.tokenProperty().get()).isEqualTo(TOKEN);
    }

    @Test
    void aProfileNeverShowsItsTokenInTextOrInTheLog() {
        assertThat(PROD.toString()).contains("Production", "https://prod.example.com").doesNotContain(TOKEN);

        ListAppender<ILoggingEvent> records = new ListAppender<>();
        records.start();
        Logger logger = (Logger) LoggerFactory.getLogger("io.sightline");
        logger.addAppender(records);
        try {
            connectFailure = new IllegalStateException("connection reset");
            ConnectionManagerViewModel manager = manager();
            fill(manager, "Production", "https://prod.example.com", TOKEN);
            manager.testConnection();
            manager.save();
            manager.testConnection();
        } finally {
            logger.detachAppender(records);
        }

        assertThat(records.list).as("the unexpected failure is logged").isNotEmpty();
        for (ILoggingEvent record : records.list) {
            assertThat(render(record)).doesNotContain(TOKEN);
        }
    }

    private static String render(ILoggingEvent record) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8);
        out.println(record.getFormattedMessage());
        if (record.getThrowableProxy() instanceof ThrowableProxy thrown) {
            thrown.getThrowable().printStackTrace(out);
        }
        return text.toString(StandardCharsets.UTF_8);
    }
}
