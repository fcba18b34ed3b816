package io.sightline.simulator.world;

import java.util.List;

/** Where a seller trades from, with the buyer countries (ISO codes) that belong to it and its share of sellers. */
public enum Region {
    EU_WEST("eu_west", 0.35, "DE", "FR", "NL", "BE"),
    EU_SOUTH("eu_south", 0.20, "ES", "IT", "PT"),
    EU_EAST("eu_east", 0.12, "PL", "RO", "CZ"),
    UK("uk", 0.13, "GB"),
    NORTH_AMERICA("north_america", 0.12, "US", "CA"),
    LATAM("latam", 0.08, "BR", "MX", "AR");

    private final String code;
    private final double share;
    private final List<String> countries;

    Region(String code, double share, String... countries) {
        this.code = code;
        this.share = share;
        this.countries = List.of(countries);
    }

    public String code() {
        return code;
    }

    double share() {
        return share;
    }

    public List<String> countries() {
        return countries;
    }
}
