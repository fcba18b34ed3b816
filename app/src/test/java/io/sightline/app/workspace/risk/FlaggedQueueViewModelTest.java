package io.sightline.app.workspace.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.app.task.CurrentThreadTaskExecutor;
import io.sightline.app.task.QueuedTaskExecutor;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.Explanation;
import io.sightline.engine.api.LoggedPrediction;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.sentence.SellerRiskSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlaggedQueueViewModelTest {
    private static final DeploymentFacts FACTS = new DeploymentFacts(RiskRecords.DEPLOYMENT, "seller-risk", 3,
            SellerRiskSchema.binary(), "yes");

    private final RiskPlatform platform = new RiskPlatform();
    private final FlaggedQueueViewModel queue = new FlaggedQueueViewModel(platform, new CurrentThreadTaskExecutor());

    /** s-1 has two flagged (one by its label, one blocked), s-2 three, s-3 none; one unflagged each. */
    private static List<LoggedPrediction> mixed() {
        return List.of(
                RiskRecords.prediction(1, "s-1", "yes", 0.91, Decision.ALLOW),
                RiskRecords.prediction(2, "s-1", "no", 0.40, Decision.BLOCK),
                RiskRecords.prediction(3, "s-1", "no", 0.10, Decision.ALLOW),
                RiskRecords.prediction(4, "s-2", "yes", 0.70, Decision.REVIEW),
                RiskRecords.prediction(5, "s-2", "yes", 0.97, Decision.BLOCK),
                RiskRecords.prediction(6, "s-2", "yes", 0.80, Decision.ALLOW),
                RiskRecords.prediction(7, "s-3", "no", 0.05, Decision.ALLOW));
    }

    @Test
    void flaggedPredictionsAreGroupedBySellerMostFlaggedFirstHighestScoreFirst() {
        platform.predictions = mixed();
        queue.show(FACTS);

        assertThat(queue.sellerColumnProperty().get()).isEqualTo("seller_id");
        assertThat(queue.groups()).extracting(SellerGroup::seller).containsExactly("s-2", "s-1");
        assertThat(queue.groups().get(0).items()).extracting(FlaggedItem::id).containsExactly("p-5", "p-6", "p-4");
        assertThat(queue.groups().get(0).summary()).isEqualTo("3 flagged, highest score 0.970");
        assertThat(queue.groups().get(1).items()).extracting(FlaggedItem::decision)
                .containsExactly("allowed", "blocked");
        assertThat(queue.summaryProperty().get()).isEqualTo("5 flagged among the 7 newest predictions, by seller_id.");
    }

    @Test
    void withoutASellerColumnTheQueueIsOneList() {
        platform.predictions = List.of(
                RiskRecords.prediction(1, null, "yes", 0.6, Decision.ALLOW),
                RiskRecords.prediction(2, null, "no", 0.3, Decision.REVIEW),
                RiskRecords.prediction(3, null, "no", 0.2, Decision.ALLOW));
        queue.show(FACTS);

        assertThat(queue.sellerColumnProperty().get()).isEmpty();
        assertThat(queue.groups()).singleElement().satisfies(g -> {
            assertThat(g.seller()).isEmpty();
            assertThat(g.items()).extracting(FlaggedItem::id).containsExactly("p-1", "p-2");
        });
    }

    @Test
    void aModelWithoutAPositiveLabelFlagsOnlyByDecision() {
        platform.predictions = mixed();
        queue.show(new DeploymentFacts(RiskRecords.DEPLOYMENT, "seller-risk", 3, SellerRiskSchema.binary(), null));

        assertThat(queue.groups()).flatExtracting(SellerGroup::items).extracting(FlaggedItem::id)
                .containsExactlyInAnyOrder("p-2", "p-4", "p-5");
    }

    @Test
    void selectingAPredictionExplainsItsLoggedInputsInThreeReasons() {
        platform.predictions = mixed();
        queue.show(FACTS);
        FlaggedItem top = queue.groups().get(0).items().get(0);

        queue.select(top);

        assertThat(platform.explained).containsExactly(top.prediction().inputs());
        assertThat(queue.reasons()).containsExactly(
                "amount = 950 lowered the risk score by 0.35",
                "A chargeback rate of 0.08 raised the risk score by 0.31.",
                "Electronics raised the risk score by 0.12.");
        assertThat(queue.reasonsStatusProperty().get()).isEmpty();
    }

    @Test
    void reasonsThatArriveAfterAnotherSelectionAreDropped() {
        QueuedTaskExecutor tasks = new QueuedTaskExecutor();
        FlaggedQueueViewModel held = new FlaggedQueueViewModel(platform, tasks);
        platform.predictions = mixed();
        held.show(FACTS);
        tasks.runAll();
        FlaggedItem first = held.groups().get(0).items().get(0);
        FlaggedItem second = held.groups().get(1).items().get(0);

        held.select(first);
        held.select(second);
        tasks.runNext();

        assertThat(held.reasons()).as("the first selection's answer is stale").isEmpty();
        assertThat(held.reasonsStatusProperty().get()).startsWith("Reading the reasons");
        tasks.runNext();
        assertThat(held.reasons()).hasSize(3);
    }

    @Test
    void aFailedExplanationIsSaidWhereTheReasonsGo() {
        RiskPlatform failing = new RiskPlatform() {
            @Override
            public Explanation explain(String deploymentName, Map<String, String> row) {
                throw new PlatformException(ErrorCode.UNAVAILABLE,
                        "Explanations are not available for this model.");
            }
        };
        failing.predictions = mixed();
        FlaggedQueueViewModel failingQueue = new FlaggedQueueViewModel(failing, new CurrentThreadTaskExecutor());
        failingQueue.show(FACTS);

        failingQueue.select(failingQueue.groups().get(0).items().get(0));

        assertThat(failingQueue.reasons()).isEmpty();
        assertThat(failingQueue.reasonsStatusProperty().get()).isEqualTo("Explanations are not available for this model.");
    }

    @Test
    void sellerColumnsAreFoundByTheirWords() {
        assertThat(SellerColumn.find(List.of("transaction_id", "seller_id", "seller_rating"))).hasValue("seller_id");
        assertThat(SellerColumn.find(List.of("merchantId", "amount"))).hasValue("merchantId");
        assertThat(SellerColumn.find(List.of("seller", "seller_region"))).hasValue("seller");
        assertThat(SellerColumn.find(List.of("seller_rating", "buyer_id"))).isEmpty();
    }
}
