package io.sightline.simulator.world;

import java.util.List;
import java.util.Locale;

/** Where a seller trades from, with the buyer countries (ISO codes) that belong to it and its share of sellers. */
public enum Region {
    EU_WEST(0.35, "DE", "FR", "NL", "BE"),
    EU_SOUTH(0.20, "ES", "IT", "PT"),
    EU_EAST(0.12, "PL", "RO", "CZ"),
    UK(0.13, "GB"),
    NORTH_AMERICA(0.12, "US", "CA"),
    LATAM(0.08, "BR", "MX", "AR");

    private final double share;
    private final List<String> countries;

    Region(double share, String... countries) {
        this.share = share;
        this.countries = List.of(countries);
    }

    /** Its code in the data: the name in lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    double share() {
        return share;
    }

    public List<String> countries() {
        return countries;
    }
}
