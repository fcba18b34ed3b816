package io.sightline.app.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.PlatformContract;
import io.sightline.engine.api.AlertMetric;
import io.sightline.engine.api.AlertRule;
import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.AlertSeverity;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.Flow;
import io.sightline.engine.api.Flows;
import io.sightline.engine.api.NotificationSettings;
import io.sightline.engine.api.Platform;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.server.ServerSettings;
import io.sightline.engine.server.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The platform contract through the remote client, against a real server on loopback. */
class RemotePlatformContractTest extends PlatformContract {
    private TestServer server;
    private final Map<String, RemotePlatform> otherUsers = new ConcurrentHashMap<>();

    @Override
    protected Platform open(Path directory) {
        server = TestServer.start(directory, ServerSettings.loopback().withHeartbeat(Duration.ofSeconds(1)));
        return RemotePlatform.connect(server.server().url(), server.token());
    }

    /** The server records the user of the client's token, whatever the caller says. */
    @Override
    protected String recordedAs(String by) {
        return "tester";
    }

    /** The server records the token's user for calls that name no one, too. */
    @Override
    protected String actorOfUnsignedCalls() {
        return "tester";
    }

    /** The server records the client's address: loopback here. */
    @Override
    protected String origin() {
        return "127.0.0.1";
    }

    /** A client with a token of {@code user}'s own, made once. */
    @Override
    protected Flows flowsActingAs(String user) {
        return otherUsers.computeIfAbsent(user, name ->
                RemotePlatform.connect(server.server().url(), server.tokens().create(name).secret()));
    }

    @AfterAll
    void stopServer() {
        otherUsers.values().forEach(RemotePlatform::close);
        server.stop();
    }

    @Test
    void aTokenCannotApproveItsOwnFlowInAnotherPersonsName() {
        Flow flow = flowFailingItsGate("iris-flow-own");
        assertThatThrownBy(() -> platform.approveFlowStep(flow.id(), "approval", "ben", "looks fine"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT))
                .hasMessageContaining("tester started this flow, so someone else must approve it");
        assertThat(awaitFlow(flow.id(), f -> f.state().ended()).step("approval").decidedBy()).isNull();
    }

    @Test
    void alertRulesAndNotificationSettingsRoundTrip() {
        AlertRuleSpec spec = new AlertRuleSpec("slow-iris", "iris-live", AlertMetric.LATENCY_P99_MS, null,
                Comparison.GREATER, 250, Duration.ofMinutes(5), AlertSeverity.WARNING, false, true);
        AlertRule saved = platform.saveAlertRule(spec);
        assertThat(saved.spec()).isEqualTo(spec);
        assertThat(platform.alertRules()).contains(saved);
        platform.deleteAlertRule(saved.id());
        assertThat(platform.alertRules()).extracting(AlertRule::id).doesNotContain(saved.id());
        assertThat(platform.alerts(true)).isNotNull();
        NotificationSettings settings = platform.notificationSettings();
        assertThat(platform.updateNotificationSettings(settings).webhookUrl()).isEqualTo(settings.webhookUrl());
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
