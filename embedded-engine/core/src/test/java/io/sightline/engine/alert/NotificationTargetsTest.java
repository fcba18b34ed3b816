package io.sightline.engine.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Alerts go only where the administrator allows, never into the engine's own network by default. */
class NotificationTargetsTest {
    private final NotificationTargets publicOnly = NotificationTargets.publicHosts();

    @Test
    void innerAddressesAreRefusedUnlessAllowed() {
        for (String url : List.of("http://127.0.0.1:8080/api/v1/datasets", "http://localhost/hook",
                "http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/hook", "http://192.168.1.1/",
                "http://172.16.0.1/", "http://100.100.100.200/", "http://[::1]/hook", "http://[fd00:ec2::254]/",
                "http://[fe80::1]/", "http://0.0.0.0:8080/")) {
            assertThatThrownBy(() -> publicOnly.checkWebhook(url)).as(url)
                    .hasMessageContaining("an address inside this machine or its network");
        }
        assertThatCode(() -> new NotificationTargets(List.of("10.0.0.5")).checkWebhook("http://10.0.0.5/hook"))
                .doesNotThrowAnyException();
        assertThatCode(() -> publicOnly.checkWebhook("https://hooks.slack.com/services/T000")).doesNotThrowAnyException();
    }

    @Test
    void onlyHttpAndHttpsAreSent() {
        for (String url : List.of("file:///etc/passwd", "gopher://example.com/", "ftp://example.com/hook",
                "jar:http://example.com/x.jar!/", "http:///nohost")) {
            assertThatThrownBy(() -> publicOnly.checkWebhook(url)).as(url)
                    .hasMessage("The webhook address must start with http:// or https:// and name a host.");
        }
    }

    @Test
    void anAllowListRefusesEveryOtherHost() {
        NotificationTargets listed = new NotificationTargets(List.of("hooks.slack.com", "*.example.com"));

        assertThatCode(() -> listed.checkWebhook("https://hooks.slack.com/services/T000")).doesNotThrowAnyException();
        assertThatCode(() -> listed.checkWebhook("https://alerts.example.com/x")).doesNotThrowAnyException();
        assertThatCode(() -> listed.checkMailHost("example.com")).doesNotThrowAnyException();
        assertThatThrownBy(() -> listed.checkWebhook("https://attacker.net/collect"))
                .hasMessageContaining("attacker.net is not on the list of hosts alerts may be sent to");
        assertThatThrownBy(() -> listed.checkMailHost("smtp.attacker.net"))
                .hasMessageContaining("SMTP server host smtp.attacker.net is not on the list");
        assertThatThrownBy(() -> listed.checkWebhook("https://example.com.attacker.net/"))
                .hasMessageContaining("is not on the list");
    }

    @Test
    void aNameIsResolvedAgainAtSendTime() {
        StringBuilder detail = new StringBuilder();

        assertThat(publicOnly.allowsNow("localhost", "webhook", detail)).isFalse();
        assertThat(detail.toString()).contains("an address inside this machine or its network");
        assertThat(new NotificationTargets(List.of("localhost")).allowsNow("localhost", "webhook", new StringBuilder()))
                .isTrue();
    }

    @Test
    void publicMeansOutsideEveryInnerRange() throws Exception {
        assertThat(NotificationTargets.isPublic(InetAddress.getByName("93.184.216.34"))).isTrue();
        assertThat(NotificationTargets.isPublic(InetAddress.getByName("2606:2800:220:1::1"))).isTrue();
        for (String inner : List.of("127.0.0.2", "::ffff:127.0.0.1", "169.254.169.254", "10.1.2.3", "172.31.0.1",
                "192.168.0.1", "100.64.0.1", "0.0.0.0", "224.0.0.1", "::", "fc00::1")) {
            assertThat(NotificationTargets.isPublic(InetAddress.getByName(inner))).as(inner).isFalse();
        }
    }
}
