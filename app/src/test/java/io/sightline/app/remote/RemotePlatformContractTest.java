package io.sightline.app.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.PlatformContract;
import io.sightline.engine.api.Platform;
import io.sightline.engine.server.ServerSettings;
import io.sightline.engine.server.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The platform contract through the remote client, against a real server on loopback. */
class RemotePlatformContractTest extends PlatformContract {
    private TestServer server;

    @Override
    protected Platform open(Path directory) {
        server = TestServer.start(directory, ServerSettings.loopback().withHeartbeat(Duration.ofSeconds(1)));
        return RemotePlatform.connect(server.server().url(), server.token());
    }

    @AfterAll
    void stopServer() {
        server.stop();
    }

    @Test
    void itSaysItIsRemoteAndWhereAndMeasuresTheRoundTrip() {
        assertThat(platform.info().mode()).isEqualTo("remote");
        assertThat(platform.info().location()).isEqualTo(server.url());
        assertThat(platform.health().components()).isNotEmpty();
        RemotePlatform remote = (RemotePlatform) platform;
        assertThat(remote.status().state()).isEqualTo(ConnectionStatus.State.CONNECTED);
        assertThat(remote.status().roundTrip()).isPresent();
        assertThat(remote.toString()).contains(server.url()).doesNotContain(server.token());
    }
}
