package io.sightline.engine.serve.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StickyRouterTest {
    private static final int KEYS = 100_000;
    /** Written down when the hash was: a different value would move every sticky entity to another arm. */
    private static final double PINNED = 0.08885437492960979;

    @Test
    void sameKeyAndSaltGiveTheSamePoint() {
        assertThat(StickyRouter.unitInterval("customer-42", 7)).isEqualTo(StickyRouter.unitInterval("customer-42", 7));
        assertThat(StickyRouter.unitInterval("customer-42", 7)).isNotEqualTo(StickyRouter.unitInterval("customer-42", 8));
        assertThat(StickyRouter.unitInterval("customer-42", 7)).isNotEqualTo(StickyRouter.unitInterval("customer-43", 7));
        assertThat(StickyRouter.unitInterval("a", 7)).isNotEqualTo(StickyRouter.unitInterval("a\0", 7));
    }

    @Test
    void theHashDoesNotChangeBetweenReleases() {
        assertThat(StickyRouter.unitInterval("customer-42", 7)).isEqualTo(PINNED);
        assertThat(StickyRouter.unitInterval("", 0)).isBetween(0.0, Math.nextDown(1.0));
        assertThat(StickyRouter.unitInterval("Zürich ünd 東京, a key longer than sixteen bytes", 1)).isBetween(0.0,
                Math.nextDown(1.0));
    }

    @Test
    void distinctKeysSpreadEvenlyOverDeciles() {
        long[] deciles = new long[10];
        for (int key = 0; key < KEYS; key++) {
            double point = StickyRouter.unitInterval("customer-" + key, 2026);
            assertThat(point).isGreaterThanOrEqualTo(0).isLessThan(1);
            deciles[(int) (point * 10)]++;
        }

        double expected = KEYS / 10.0;
        double chiSquare = 0;
        for (long count : deciles) {
            chiSquare += (count - expected) * (count - expected) / expected;
        }
        // 27.88 is the 0.999 quantile of chi-square with 9 degrees of freedom
        assertThat(chiSquare).as("chi-square over deciles %s", Arrays.toString(deciles)).isLessThan(27.88);
    }

    @Test
    void keysLandOnArmsInProportionToTheShares() {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("A", 0.9);
        shares.put("B", 0.1);
        int onB = 0;
        for (int key = 0; key < KEYS; key++) {
            if (StickyRouter.arm(shares, "order-" + key, 99).equals("B")) {
                onB++;
            }
        }

        assertThat(onB / (double) KEYS).isBetween(0.097, 0.103);
    }
}
