package io.sightline.engine.strategy;

import static io.sightline.engine.strategy.StrategyMatcherTest.SCHEMA;
import static io.sightline.engine.strategy.StrategyMatcherTest.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sightline.engine.api.Comparison;
import io.sightline.engine.api.ComponentHealth;
import io.sightline.engine.api.Decision;
import io.sightline.engine.api.ErrorCode;
import io.sightline.engine.api.HealthStatus;
import io.sightline.engine.api.PlatformException;
import io.sightline.engine.api.Strategy;
import io.sightline.engine.api.StrategySpec;
import io.sightline.engine.store.Database;
import io.sightline.engine.store.Sql;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrategyBookTest {
    @TempDir
    Path directory;

    private Database database;
    private StrategyBook book;

    @BeforeEach
    void open() {
        database = Database.h2File(directory);
        book = new StrategyBook(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Strategy save(String name, Decision action, String minimumScore) {
        return book.save("live", new StrategySpec(name, "score over " + minimumScore,
                List.of(when("score", Comparison.GREATER, minimumScore)), action), SCHEMA);
    }

    @Test
    void aSavedStrategyDecidesNothingUntilEnabled() {
        Strategy saved = save("Block the riskiest", Decision.BLOCK, "0.9");
        assertThat(saved.enabled()).isFalse();
        assertThat(book.decide("live", Map.of(), 0.95)).isEqualTo(StrategyVerdict.ALLOW);

        Strategy enabled = book.enable(saved.id(), true);
        assertThat(enabled.enabled()).isTrue();
        assertThat(enabled.spec()).isEqualTo(saved.spec());
        assertThat(book.decide("live", Map.of(), 0.95)).isEqualTo(new StrategyVerdict(Decision.BLOCK, "Block the riskiest"));
        assertThat(book.decide("live", Map.of(), 0.5)).isEqualTo(StrategyVerdict.ALLOW);
        assertThat(book.decide("other", Map.of(), 0.95)).isEqualTo(StrategyVerdict.ALLOW);

        book.enable(saved.id(), false);
        assertThat(book.decide("live", Map.of(), 0.95)).isEqualTo(StrategyVerdict.ALLOW);
    }

    @Test
    void theFirstEnabledStrategyInTheOrderTheyWereSavedDecides() {
        Strategy block = save("Block the riskiest", Decision.BLOCK, "0.9");
        Strategy review = save("Review the risky", Decision.REVIEW, "0.6");
        book.enable(review.id(), true);
        book.enable(block.id(), true);
        assertThat(book.list("live")).extracting(Strategy::id).containsExactly(block.id(), review.id());
        assertThat(book.decide("live", Map.of(), 0.95).decision()).isEqualTo(Decision.BLOCK);
        assertThat(book.decide("live", Map.of(), 0.7).decision()).isEqualTo(Decision.REVIEW);

        book.delete(block.id());
        assertThat(book.decide("live", Map.of(), 0.95).decision()).isEqualTo(Decision.REVIEW);
        assertThat(book.list("live")).extracting(Strategy::id).containsExactly(review.id());
    }

    @Test
    void namesAreUniquePerDeploymentAndUnknownIdsAreNotFound() {
        save("Block the riskiest", Decision.BLOCK, "0.9");
        assertThatThrownBy(() -> save(" Block the riskiest ", Decision.REVIEW, "0.5"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_EXISTS));
        assertThat(book.list("live")).hasSize(1);
        assertThatThrownBy(() -> book.enable("st_nope", true))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> book.delete("st_nope"))
                .isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void anotherEngineSharingTheDatabaseSeesAChangeOnceItsCopyIsOld() {
        StrategyBook trusting = new StrategyBook(database, Duration.ofDays(1));
        StrategyBook rereading = new StrategyBook(database, Duration.ZERO);
        Strategy saved = save("Block the riskiest", Decision.BLOCK, "0.9");
        assertThat(trusting.decide("live", Map.of(), 0.95)).isEqualTo(StrategyVerdict.ALLOW);
        assertThat(rereading.decide("live", Map.of(), 0.95)).isEqualTo(StrategyVerdict.ALLOW);
        book.enable(saved.id(), true);
        assertThat(trusting.decide("live", Map.of(), 0.95)).isEqualTo(StrategyVerdict.ALLOW); // its copy is still fresh
        assertThat(rereading.decide("live", Map.of(), 0.95).decision()).isEqualTo(Decision.BLOCK);
    }

    @Test
    void aBlockingStrategyThatCannotBeReadAfterARestartFailsClosedAndHealthSaysSo() {
        Strategy saved = save("Block the riskiest", Decision.BLOCK, "0.9");
        book.enable(saved.id(), true);
        assertThat(book.health().status()).isEqualTo(HealthStatus.GREEN);
        database.inTransaction(c -> Sql.update(c, "UPDATE strategy SET spec_json = ? WHERE id = ?", "{broken",
                saved.id()));

        database.close();
        database = Database.h2File(directory);
        StrategyBook restarted = new StrategyBook(database);

        assertThat(restarted.decide("live", Map.of(), 0.95).decision()).isEqualTo(Decision.BLOCK);
        assertThat(restarted.decide("live", Map.of(), 0.1).decision()).as("nothing is let through unchecked")
                .isEqualTo(Decision.BLOCK);
        assertThat(restarted.decide("other", Map.of(), 0.95)).isEqualTo(StrategyVerdict.ALLOW);
        ComponentHealth health = restarted.health();
        assertThat(health.status()).isEqualTo(HealthStatus.RED);
        assertThat(health.detail()).contains("blocked", "'live'", "Block the riskiest");

        restarted.delete(saved.id());
        assertThat(restarted.decide("live", Map.of(), 0.95)).isEqualTo(StrategyVerdict.ALLOW);
        assertThat(restarted.health().status()).isEqualTo(HealthStatus.GREEN);
    }

    @Test
    void strategiesThatCannotBeReadBecauseTheDatabaseIsAwayBlockWhenNoneWereReadBefore() {
        Strategy saved = save("Block the riskiest", Decision.BLOCK, "0.9");
        book.enable(saved.id(), true);
        database.close();

        assertThat(new StrategyBook(database).decide("live", Map.of(), 0.1).decision()).isEqualTo(Decision.BLOCK);
        database = Database.h2File(directory);
    }
}
