package io.sightline.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.shell.ConsoleSession;
import io.sightline.app.shell.Persona;
import io.sightline.app.shell.Workspace;
import io.sightline.app.shell.WorkspaceRegistry;
import io.sightline.app.shell.connect.EmbeddedEngine;
import io.sightline.app.shell.connect.PlatformConnector;
import io.sightline.app.demo.DemoOptions;
import io.sightline.app.shell.connect.PlatformProfiles;
import io.sightline.app.shell.connect.RemoteProfile;
import io.sightline.app.shell.health.HostProbe;
import io.sightline.app.shell.health.HostSample;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.Platform;
import io.sightline.engine.api.PlatformException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The composition root on the embedded engine and on scripted remotes: what it opens first, and switching. */
class ConsoleCompositionTest {
    private static final RemoteProfile PROD = new RemoteProfile("Production", URI.create("https://prod.example.com"), "t");
    private static final HostProbe HOST = () -> new HostSample(0.1, 100, 50, 100, 50);

    @TempDir
    Path directory;
    private final String node = "io/sightline/test/composition-" + UUID.randomUUID();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the composition's task executor delivers on the FX thread
    }

    @AfterEach
    void forget() throws BackingStoreException {
        Preferences.userRoot().node(node).removeNode();
    }

    private LaunchOptions options() {
        return new LaunchOptions(Optional.of(directory.resolve("data")), Duration.ofSeconds(5), node, Optional.empty(),
                DemoOptions.decideAtLaunch());
    }

    private void remember(RemoteProfile profile) {
        PlatformProfiles profiles = new PlatformProfiles(
                Preferences.userRoot().node(node).node(ConsoleComposition.PLATFORMS_NODE));
        profiles.saveRemotes(java.util.List.of(profile));
        profiles.rememberChoice(profile);
    }

    @Test
    void theFirstStartOpensThisComputersEngineWithEveryWorkspaceOnIt() {
        try (ConsoleComposition console = ConsoleComposition.open(options(), ConsoleComposition.REMOTE_PLATFORMS, HOST)) {
            ConsoleSession session = console.shell().sessionProperty().get();

            assertThat(session.target()).isEqualTo(EmbeddedEngine.INSTANCE);
            assertThat(session.platform().info().location()).isEqualTo(directory.resolve("data").toAbsolutePath().toString());
            assertThat(console.registry().personas()).containsExactly(Persona.ANALYST, Persona.DATA_SCIENTIST,
                    Persona.MLOPS_ENGINEER, Persona.RISK_OPERATIONS, Persona.EXECUTIVE);
            assertThat(console.shell().problemProperty().get()).isEmpty();
        }
    }

    @Test
    void aRememberedRemoteIsConnectedAgainOnTheNextStart() {
        remember(PROD);
        FakeRemotePlatform prod = new FakeRemotePlatform(PROD.url().toString());

        try (ConsoleComposition console = ConsoleComposition.open(options(), profile -> prod, HOST)) {
            ConsoleSession session = console.shell().sessionProperty().get();
            assertThat(session.target()).isEqualTo(PROD);
            assertThat(session.platform()).isSameAs(prod);
        }
        assertThat(prod.closed()).isTrue();
    }

    @Test
    void aRememberedRemoteThatCannotBeReachedGivesWayToThisComputerAndSaysWhy() {
        remember(PROD);
        PlatformConnector unreachable = profile -> {
            throw new PlatformException(ErrorCode.UNAVAILABLE, "Nothing answers at " + profile.url() + ".");
        };

        try (ConsoleComposition console = ConsoleComposition.open(options(), unreachable, HOST)) {
            assertThat(console.shell().sessionProperty().get().target()).isEqualTo(EmbeddedEngine.INSTANCE);
            assertThat(console.shell().problemProperty().get()).isEqualTo("Could not reach Production: Nothing"
                    + " answers at https://prod.example.com. This computer's engine is open instead.");
        }
    }

    @Test
    void eachSwitchGetsItsPlatformFromTheRightPlaceAndWorkspacesMadeAnewOnIt() {
        remember(PROD);
        FakeRemotePlatform prod = new FakeRemotePlatform(PROD.url().toString());
        try (ConsoleComposition console = ConsoleComposition.open(options(), profile -> prod, HOST)) {
            assertThat(console.connect(PROD)).isSameAs(prod);
            WorkspaceRegistry first = console.workspacesOn(prod);
            WorkspaceRegistry second = console.workspacesOn(prod);
            assertThat(first.personas()).isEqualTo(second.personas()).contains(Persona.ANALYST);
            Workspace analyst = first.workspace(Persona.ANALYST).orElseThrow();
            assertThat(second.workspace(Persona.ANALYST).orElseThrow()).isNotSameAs(analyst);
            first.closeAll();
            second.closeAll();

            try (Platform embedded = console.connect(EmbeddedEngine.INSTANCE)) {
                assertThat(embedded.info().mode()).isEqualTo("embedded");
                assertThat(embedded.info().location()).isEqualTo(directory.resolve("data").toAbsolutePath().toString());
            }
        }
    }

    @Test
    void aRemoteThatDoesNotAnswerIsSaidPlainly() throws Exception {
        int freePort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        RemoteProfile nowhere = new RemoteProfile("Nowhere", URI.create("http://127.0.0.1:" + freePort), "sl_x");
        try (ConsoleComposition console = ConsoleComposition.open(options(), ConsoleComposition.REMOTE_PLATFORMS, HOST)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> console.connect(nowhere))
                    .isInstanceOfSatisfying(PlatformException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.UNAVAILABLE);
                        assertThat(e.getMessage()).startsWith("Cannot reach the Sightline server at http://127.0.0.1:"
                                + freePort);
                    });
        }
    }

    @Test
    void aRemoteServerIsReachedWithTheProfilesAddressAndToken() {
        io.sightline.engine.server.TestServer server = io.sightline.engine.server.TestServer.start(
                directory.resolve("server"), io.sightline.engine.server.ServerSettings.loopback());
        try (ConsoleComposition console = ConsoleComposition.open(options(), ConsoleComposition.REMOTE_PLATFORMS, HOST)) {
            RemoteProfile profile = new RemoteProfile("Loopback", server.server().url(), server.token());
            try (Platform remote = console.connect(profile)) {
                assertThat(remote.info().mode()).isEqualTo("remote");
                assertThat(remote.info().location()).isEqualTo(server.url());
                assertThat(remote.datasets()).isEmpty();
            }
        } finally {
            server.stop();
        }
    }
}
