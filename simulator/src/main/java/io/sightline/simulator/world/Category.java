package io.sightline.simulator.world;

import java.util.Locale;

/**
 * What a transaction buys: the median order value in euros, how widely order values
 * spread around it (log-normal sigma), its share of ordinary traffic, and its share during a seasonal peak.
 */
public enum Category {
    ELECTRONICS(180, 0.7, 0.16, 0.26),
    FASHION(45, 0.6, 0.22, 0.16),
    HOME(60, 0.7, 0.16, 0.10),
    BEAUTY(30, 0.5, 0.12, 0.09),
    TOYS(35, 0.6, 0.10, 0.22),
    SPORTS(55, 0.6, 0.10, 0.06),
    GIFT_CARDS(50, 0.5, 0.06, 0.08),
    COLLECTIBLES(90, 0.9, 0.08, 0.03);

    private final double medianAmount;
    private final double spread;
    private final double share;
    private final double peakShare;

    Category(double medianAmount, double spread, double share, double peakShare) {
        this.medianAmount = medianAmount;
        this.spread = spread;
        this.share = share;
        this.peakShare = peakShare;
    }

    /** Its code in the data: the name in lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    double medianAmount() {
        return medianAmount;
    }

    double spread() {
        return spread;
    }

    double share(boolean peak) {
        return peak ? peakShare : share;
    }
}
