package io.sightline.app.workspace.risk;

import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.app.workspace.RecentPeriod;
import io.sightline.engine.api.BacktestResult;
import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.StrategyCondition;
import io.sightline.engine.sentence.SellerRiskSchema;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class StrategiesViewModelTest {
    private static final DeploymentFacts FACTS = new DeploymentFacts(RiskRecords.DEPLOYMENT, "seller-risk", 3,
            SellerRiskSchema.binary(), "yes");
    private static final String RULE = "block electronics sellers with risk score above 0.85 when their chargeback"
            + " rate is over 2%";

    private final RiskPlatform platform = new RiskPlatform();
    private final StrategiesViewModel strategies = new StrategiesViewModel(platform, new CurrentThreadTaskExecutor());

    StrategiesViewModelTest() {
        platform.predictions = List.of(RiskRecords.prediction(1, "s-1", "yes", 0.9, Decision.ALLOW));
        platform.backtestResult = new BacktestResult(RiskRecords.DEPLOYMENT, RiskRecords.NOW.minusSeconds(21_600),
                RiskRecords.NOW, 12_480, 312, 200, 150, 18_200, 50, 31);
        strategies.show(FACTS);
    }

    @Test
    void aSentenceIsReadBackBeforeAnythingElse() {
        strategies.sentenceProperty().set(RULE);
        strategies.understand();

        assertThat(strategies.parseMessageProperty().get()).isEmpty();
        assertThat(strategies.parsedProperty().get().actionReading()).isEqualTo("Block");
        assertThat(strategies.readings()).containsExactly("category is electronics", "risk score above 0.85",
                "seller_chargeback_rate above 0.02 (2%)");
        assertThat(strategies.pendingProperty().get().isNew()).isTrue();
        assertThat(strategies.testedProperty().get()).isFalse();
        assertThat(platform.calls).isEmpty();
    }

    @Test
    void wordsNotUnderstoodAreNamedAndNothingCanBeTested() {
        strategies.sentenceProperty().set("block electronics sellers on tuesdays");
        strategies.understand();
        strategies.backtest();

        assertThat(strategies.parseMessageProperty().get()).contains("'tuesdays'");
        assertThat(strategies.pendingProperty().get()).isNull();
        assertThat(platform.calls).isEmpty();
    }

    @Test
    void enablingIsRefusedUntilTheRuleWasBackTested() {
        strategies.sentenceProperty().set(RULE);
        strategies.understand();
        strategies.enable();

        assertThat(platform.calls).isEmpty();
        assertThat(strategies.saved()).isEmpty();
    }

    @Test
    void theBackTestCountsSellersHitByTheSellerColumnAndSaysItInSentences() {
        strategies.sentenceProperty().set(RULE);
        strategies.understand();
        strategies.backtest();

        assertThat(platform.calls).containsExactly("backtest BLOCK over PT6H");
        assertThat(platform.backtestEntities).containsExactly("seller_id");
        assertThat(strategies.testedProperty().get()).isTrue();
        assertThat(strategies.backtestProperty().get()).isEqualTo("Over the last 6 hours, 12,480 predictions were"
                + " logged; this rule would have blocked 312 of them (2.5 %). Of the 200 with a known outcome, 150"
                + " were fraud it would have caught (money 18,200) and 50 were not: 31 good sellers would have been"
                + " hit (distinct seller_id).");
    }

    @Test
    void aBackTestedRuleIsSavedThenEnabledAndActsOnLiveDecisions() {
        strategies.sentenceProperty().set(RULE);
        strategies.understand();
        strategies.backtest();
        strategies.enable();

        assertThat(platform.calls).containsExactly("backtest BLOCK over PT6H",
                "save Block when category is electronics and risk score above 0.85 and seller_chargeback_rate above"
                        + " 0.02 (2%)", "enable s-1");
        assertThat(platform.strategies).singleElement().satisfies(s -> {
            assertThat(s.enabled()).isTrue();
            assertThat(s.spec().text()).isEqualTo(RULE);
            assertThat(s.spec().conditions()).contains(new StrategyCondition("score", Comparison.GREATER, "0.85"));
        });
        assertThat(strategies.saved()).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo("enabled");
            assertThat(row.conditions()).isEqualTo("category = electronics and score > 0.85 and"
                    + " seller_chargeback_rate > 0.02");
        });
        assertThat(strategies.noticeProperty().get()).startsWith("Enabled: Block when");
        assertThat(strategies.sentenceProperty().get()).isEmpty();
        assertThat(strategies.pendingProperty().get()).isNull();
    }

    @Test
    void editingTheSentenceAfterABackTestAsksForANewOne() {
        strategies.sentenceProperty().set(RULE);
        strategies.understand();
        strategies.backtest();
        strategies.sentenceProperty().set(RULE.replace("0.85", "0.8"));

        assertThat(strategies.testedProperty().get()).isFalse();
        assertThat(strategies.pendingProperty().get()).isNull();
        assertThat(strategies.backtestProperty().get()).isEmpty();
    }

    @Test
    void aSavedRuleThatIsOffIsBackTestedAgainBeforeItIsSwitchedOn() {
        strategies.sentenceProperty().set(RULE);
        strategies.understand();
        strategies.backtest();
        strategies.enable();
        strategies.disable(strategies.saved().get(0));
        assertThat(strategies.saved().get(0).enabled()).isFalse();
        platform.calls.clear();

        strategies.prepareToEnable(strategies.saved().get(0));
        assertThat(strategies.pendingProperty().get().isNew()).isFalse();
        strategies.enable();
        assertThat(platform.calls).as("not without a back-test").isEmpty();
        strategies.backtest();
        strategies.enable();

        assertThat(platform.calls).containsExactly("backtest BLOCK over PT6H", "enable s-1");
        assertThat(strategies.saved().get(0).enabled()).isTrue();
    }

    @Test
    void aBackTestWithoutOutcomesSaysTheyAreNotKnown() {
        platform.backtestResult = new BacktestResult(RiskRecords.DEPLOYMENT, RiskRecords.NOW, RiskRecords.NOW, 900,
                12, 0, 0, 0, 0, 0);
        strategies.sentenceProperty().set("review orders with risk score above 0.9");
        strategies.understand();
        strategies.backtest();

        assertThat(strategies.backtestProperty().get()).isEqualTo("Over the last 6 hours, 900 predictions were logged;"
                + " this rule would have sent to review 12 of them (1.3 %). None of those has a known outcome yet, so"
                + " the fraud it would have caught and the good sellers it would have hit are not known.");
    }

    @Test
    void withoutTrafficTheBackTestSaysThereIsNothingToTest() {
        platform.predictions = List.of();
        platform.backtestResult = new BacktestResult(RiskRecords.DEPLOYMENT, RiskRecords.NOW, RiskRecords.NOW, 0, 0, 0,
                0, 0, 0, 0);
        strategies.backtestWindowProperty().set(RecentPeriod.ONE_HOUR);
        strategies.sentenceProperty().set("review orders with risk score above 0.9");
        strategies.understand();
        strategies.backtest();

        assertThat(platform.backtestEntities).containsExactly("null");
        assertThat(strategies.backtestProperty().get()).startsWith("No predictions were logged in the last hour");
    }

    @Test
    void withoutADeploymentTheSentenceCannotBeRead() {
        strategies.show(null);
        strategies.sentenceProperty().set(RULE);
        strategies.understand();

        assertThat(strategies.parseMessageProperty().get()).startsWith("Choose a deployment first");
    }
}
