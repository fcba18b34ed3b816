package io.sightline.simulator.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.AlertMetric;
import io.sightline.engine.api.AlertRuleSpec;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.PlatformException;
import io.sightline.simulator.RecordingPlatform;
import org.junit.jupiter.api.Test;

class DemoAlertRulesTest {
    private final RecordingPlatform recording = new RecordingPlatform();

    @Test
    void installsOneRulePerThingAScenarioBreaks() {
        DemoAlertRules.Installed installed = DemoAlertRules.install(recording.platform(), "seller-risk");

        assertThat(installed.refusedBecause()).isNull();
        assertThat(installed.rules()).hasSize(4);
        assertThat(recording.savedRules).allMatch(r -> r.deployment().equals("seller-risk") && r.enabled());
        AlertRuleSpec amount = rule(AlertMetric.FEATURE_DRIFT);
        assertThat(amount.column()).isEqualTo("amount");
        assertThat(amount.comparison()).isEqualTo(Comparison.GREATER_OR_EQUAL);
        AlertRuleSpec recall = rule(AlertMetric.RECALL);
        assertThat(recall.comparison()).isEqualTo(Comparison.LESS);
        assertThat(recall.retrain()).isTrue();
        assertThat(rule(AlertMetric.LATENCY_P99_MS).retrain()).isFalse();
        assertThat(recording.savedRules).extracting(AlertRuleSpec::name).doesNotHaveDuplicates();
    }

    @Test
    void aPlatformWithoutAlertsSaysWhyAndNothingBreaks() {
        recording.refuseAlertRules(new PlatformException(ErrorCode.UNAVAILABLE, "Alerts is not available in this engine yet."));

        DemoAlertRules.Installed installed = DemoAlertRules.install(recording.platform(), "seller-risk");

        assertThat(installed.rules()).isEmpty();
        assertThat(installed.refusedBecause()).isEqualTo("Alerts is not available in this engine yet.");
    }

    private AlertRuleSpec rule(AlertMetric metric) {
        return recording.savedRules.stream().filter(r -> r.metric() == metric).findFirst().orElseThrow();
    }
}
