package io.sightline.engine.serve.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.sightline.engine.api.Decision;
import io.sightline.engine.api.ModelRef;
import io.sightline.engine.api.PolicyKind;
import io.sightline.engine.serve.PredictionIds;
import io.sightline.engine.serve.PredictionLog.Entry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PredictionBlockTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00.123456Z");
    private static final ModelRef V1 = new ModelRef("credit", 1);
    private static final ModelRef V2 = new ModelRef("credit", 2);

    /** Every kind of cell a column can hold, so that each way of writing a column is taken. */
    private static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Map<String, String> inputs = new HashMap<>();
            inputs.put("whole", Integer.toString(i - 150));
            inputs.put("decimal", Double.toString(i / 7.0));
            inputs.put("mixed", i % 3 == 0 ? "007" : Integer.toString(i));
            inputs.put("category", i % 2 == 0 ? "own" : " rent ");
            if (i % 5 != 0) {
                inputs.put("sometimes", "x" + (i % 4));
            }
            Instant at = T0.plusNanos(i * 1_337_000L);
            String id = i % 10 == 9 ? "custom-" + i : PredictionIds.at(at);
            if (i % 50 == 7) {
                entries.add(Entry.failed("live", V1, at, i * 1.5, "champion", PolicyKind.CANARY, false));
            } else {
                entries.add(new Entry("live", i % 3 == 0 ? V2 : V1, at, inputs, i % 4 == 0 ? null : "bad",
                        i % 4 == 0 ? i * 0.1 : null, i % 4 == 0 ? Double.NaN : 0.5 + i / 1000.0, (i * 1_234L) / 1e3, id,
                        i % 6 == 0 ? null : i / 300.0, i % 8 == 0 ? Decision.REVIEW : null, i % 8 == 0 ? "rule" : null,
                        i % 2 == 0 ? "champion" : "challenger", PolicyKind.CANARY, i % 11 == 0));
            }
        }
        return entries;
    }

    @Test
    void everyCellReadsBackAsItWasLogged() {
        List<Entry> entries = entries();
        PredictionBlock.Encoded encoded = PredictionBlock.encode(entries);
        PredictionBlock block = PredictionBlock.decode(42, encoded.payload());

        assertThat(encoded.rows()).isEqualTo(300);
        assertThat(encoded.firstAt()).isEqualTo(T0);
        assertThat(block.size()).isEqualTo(300);
        assertThat(block.logId(5)).isEqualTo(42L * PredictionBlock.MAX_ROWS + 5);
        int answered = 0;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            assertThat(block.at(i)).isEqualTo(entry.at());
            assertThat(block.model(i)).isEqualTo(entry.model());
            assertThat(block.failed(i)).isEqualTo(entry.isFailure());
            assertThat(block.shadow(i)).isEqualTo(entry.shadow());
            assertThat(block.inputs(i)).isEqualTo(entry.inputs());
            assertThat(block.output(i)).isEqualTo(entry.output());
            assertThat(block.latencyMicros(i)).isEqualTo(entry.latencyMicros());
            assertThat(Double.valueOf(block.confidence(i))).isEqualTo(Double.valueOf(entry.confidence()));
            assertThat(block.score(i)).isEqualTo(entry.score());
            assertThat(block.predictionId(i)).isEqualTo(entry.predictionId());
            assertThat(block.decision(i)).isEqualTo(entry.decision() == null ? Decision.ALLOW : entry.decision());
            assertThat(block.strategy(i)).isEqualTo(entry.strategy());
            assertThat(block.arm(i)).isEqualTo(entry.arm());
            assertThat(block.policy(i)).isEqualTo(entry.policy());
            answered += block.answered(i) ? 1 : 0;
        }
        assertThat(encoded.answered()).isEqualTo(answered);
    }

    @Test
    void columnsGiveNumbersAndCategoriesAsTheTextsWouldParse() {
        PredictionBlock block = PredictionBlock.decode(1, PredictionBlock.encode(entries()).payload());

        assertThat(block.input("whole").number(3)).isEqualTo(-147);
        assertThat(block.input("decimal").number(14)).isEqualTo(2.0);
        assertThat(block.input("mixed").number(3)).isEqualTo(7);
        assertThat(block.input("category").category(1)).isEqualTo("rent");
        assertThat(block.input("sometimes").category(0)).isNull();
        assertThat(block.input("sometimes").number(0)).isNaN();
        assertThat(block.input("never logged").present(0)).isFalse();
    }

    @Test
    void aBlockOfTimedIdsKnowsTheRangeOfTheirMilliseconds() {
        List<Entry> entries = entries();
        PredictionBlock block = PredictionBlock.decode(1, PredictionBlock.encode(entries).payload());

        assertThat(block.idMillisRange()).containsExactly(T0.toEpochMilli(),
                PredictionIds.millisOf(entries.get(298).predictionId()).orElseThrow());
        assertThat(block.otherIds()).contains("custom-9", "custom-299").hasSize(30);
    }
}
