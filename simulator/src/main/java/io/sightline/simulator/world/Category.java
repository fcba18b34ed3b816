package io.sightline.simulator.world;

/**
 * What a transaction buys: its code in the data, the median order value in euros, how widely order values
 * spread around it (log-normal sigma), its share of ordinary traffic, and its share during a seasonal peak.
 */
public enum Category {
    ELECTRONICS("electronics", 180, 0.7, 0.16, 0.26),
    FASHION("fashion", 45, 0.6, 0.22, 0.16),
    HOME("home", 60, 0.7, 0.16, 0.10),
    BEAUTY("beauty", 30, 0.5, 0.12, 0.09),
    TOYS("toys", 35, 0.6, 0.10, 0.22),
    SPORTS("sports", 55, 0.6, 0.10, 0.06),
    GIFT_CARDS("gift_cards", 50, 0.5, 0.06, 0.08),
    COLLECTIBLES("collectibles", 90, 0.9, 0.08, 0.03);

    private final String code;
    private final double medianAmount;
    private final double spread;
    private final double share;
    private final double peakShare;

    Category(String code, double medianAmount, double spread, double share, double peakShare) {
        this.code = code;
        this.medianAmount = medianAmount;
        this.spread = spread;
        this.share = share;
        this.peakShare = peakShare;
    }

    public String code() {
        return code;
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
