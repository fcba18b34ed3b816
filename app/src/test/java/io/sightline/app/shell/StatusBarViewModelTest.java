package io.sightline.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.FakeRemotePlatform;
import io.sightline.app.fakes.ComposedPlatform;
import io.sightline.app.shell.connect.EmbeddedEngine;
import io.sightline.app.shell.connect.LinkQuality;
import io.sightline.app.shell.connect.RemoteProfile;
import io.sightline.app.shell.health.HostSample;
import io.sightline.app.shell.health.SystemHealthViewModel;
import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.Health;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.PlatformInfo;
import io.sightline.engine.api.PlatformStatus;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {
    private static final RemoteProfile PROD = new RemoteProfile("Production", URI.create("https://prod.example.com"), "t");

    private final AtomicLong clock = new AtomicLong();
    private final SystemHealthViewModel health = new SystemHealthViewModel(new CurrentThreadTaskExecutor(),
            () -> new HostSample(0.1, 100, 50, 100, 50), clock::get);
    private final StatusBarViewModel status = new StatusBarViewModel(health, Runnable::run);

    private void attach(ConsoleSession session) {
        health.attach(session.platform());
        status.attach(session);
    }

    private static ConsoleSession session(io.sightline.app.shell.connect.PlatformTarget target,
                                          io.sightline.engine.api.Platform platform) {
        return new ConsoleSession(target, platform, new WorkspaceRegistry(List.of()));
    }

    @Test
    void theEmbeddedEngineIsThisComputerWithItsDataFolderAndNoLinkFigures() {
        attach(session(EmbeddedEngine.INSTANCE, ComposedPlatform.of(new PlatformStatus() {
            @Override
            public PlatformInfo info() {
                return new PlatformInfo("embedded", "/home/ana/.local/share/sightline", "0.1.0");
            }

            @Override
            public Health health() {
                return Health.of(List.of());
            }
        })));

        assertThat(status.placeProperty().get()).isEqualTo("This computer");
        assertThat(status.placeDetailProperty().get()).isEqualTo("/home/ana/.local/share/sightline");
        assertThat(status.remoteProperty().get()).isFalse();
        assertThat(status.qualityProperty().get()).isNull();
        assertThat(status.roundTripProperty().get()).isEmpty();
    }

    @Test
    void aRemoteShowsItsNameAddressRoundTripAndQualityAndFollowsItsLink() {
        FakeRemotePlatform remote = new FakeRemotePlatform("https://prod.example.com");
        attach(session(PROD, remote));

        assertThat(status.placeProperty().get()).isEqualTo("Production");
        assertThat(status.placeDetailProperty().get()).isEqualTo("https://prod.example.com");
        assertThat(status.roundTripProperty().get()).isEqualTo("40 ms");
        assertThat(status.qualityProperty().get()).isEqualTo(LinkQuality.GOOD);
        assertThat(status.linkTextProperty().get()).isEqualTo("good");

        remote.report(FakeRemotePlatform.reconnecting());
        assertThat(status.reconnectingProperty().get()).isTrue();
        assertThat(status.linkTextProperty().get()).isEqualTo("Reconnecting…");
        assertThat(status.linkDetailProperty().get()).isEqualTo("The server stopped answering; trying again");

        remote.report(FakeRemotePlatform.connected(Duration.ofMillis(450)));
        assertThat(status.reconnectingProperty().get()).isFalse();
        assertThat(status.linkTextProperty().get()).isEqualTo("fair");
        assertThat(status.roundTripProperty().get()).isEqualTo("450 ms");
    }

    @Test
    void failedHealthChecksOfARemoteWithoutALinkMakeItPoorThenOffline() {
        boolean[] answering = {true};
        PlatformStatus plain = new PlatformStatus() {
            @Override
            public PlatformInfo info() {
                if (!answering[0]) {
                    throw new PlatformException(ErrorCode.UNAVAILABLE, "No answer from the server.");
                }
                return new PlatformInfo("remote", "https://prod.example.com", "0.3.1");
            }

            @Override
            public Health health() {
                clock.addAndGet(5_000_000);
                return Health.of(List.of());
            }
        };
        attach(session(PROD, ComposedPlatform.of(plain)));
        assertThat(status.linkTextProperty().get()).isEqualTo("good");
        assertThat(status.roundTripProperty().get()).isEqualTo("5.0 ms");

        answering[0] = false;
        health.refresh();
        health.refresh();
        assertThat(status.qualityProperty().get()).isEqualTo(LinkQuality.POOR);
        health.refresh();
        assertThat(status.qualityProperty().get()).isEqualTo(LinkQuality.OFFLINE);
        assertThat(status.linkTextProperty().get()).isEqualTo("offline");
    }

    @Test
    void leavingARemoteStopsFollowingItsLink() {
        FakeRemotePlatform remote = new FakeRemotePlatform("https://prod.example.com");
        attach(session(PROD, remote));
        assertThat(remote.listening()).isTrue();

        attach(session(EmbeddedEngine.INSTANCE, new FakeRemotePlatform("/data")));

        assertThat(remote.listening()).isFalse();
        assertThat(status.reconnectingProperty().get()).isFalse();
    }
}
