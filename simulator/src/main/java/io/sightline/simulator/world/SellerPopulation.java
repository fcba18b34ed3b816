package io.sightline.simulator.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The marketplace's sellers, drawn from a seed: ordinary sellers (busier ones more likely to make the next
 * sale), the established ones among them (targets of account takeover), the dozen young accounts of the known
 * fraud ring, and the aged accounts the new ring bought, idle until that ring starts.
 */
public final class SellerPopulation {
    public static final int DEFAULT_SELLERS = 1_500;
    private static final int KNOWN_RING_SELLERS = 12;
    private static final int NEW_RING_SELLERS = 20;

    private final Weighted<Seller> ordinary;
    private final Weighted<Seller> established;
    private final Weighted<Seller> knownRing;
    private final Weighted<Seller> newRing;

    private SellerPopulation(List<Seller> ordinary, List<Seller> knownRing, List<Seller> newRing) {
        this.ordinary = new Weighted<>(ordinary, Seller::dailyOrders);
        this.established = new Weighted<>(ordinary.stream()
                .filter(s -> s.accountAgeDays() >= 365 && s.rating() >= 4.3 && s.pastOrders() >= 200).toList(),
                Seller::dailyOrders);
        this.knownRing = new Weighted<>(knownRing, s -> 1);
        this.newRing = new Weighted<>(newRing, s -> 1);
    }

    public static SellerPopulation generate(long seed, int ordinarySellers) {
        if (ordinarySellers < 50) {
            throw new IllegalArgumentException("A marketplace needs at least 50 sellers (asked for " + ordinarySellers + ").");
        }
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5E11E25L);
        Weighted<Region> regions = new Weighted<>(List.of(Region.values()), Region::share);
        Weighted<Category> categories = new Weighted<>(List.of(Category.values()), c -> c.share(false));
        List<Seller> ordinary = new ArrayList<>(ordinarySellers);
        int number = 1;
        for (int i = 0; i < ordinarySellers; i++) {
            ordinary.add(ordinarySeller(id(number++), regions.pick(rng), categories.pick(rng), rng));
        }
        List<Seller> knownRing = new ArrayList<>();
        for (int i = 0; i < KNOWN_RING_SELLERS; i++) {
            Category category = Draws.chance(rng, 0.6) ? Category.COLLECTIBLES : Category.ELECTRONICS;
            knownRing.add(new Seller(id(number++), Region.EU_EAST, category, Draws.uniformInt(rng, 7, 60),
                    Draws.round(Draws.uniform(rng, 4.8, 5.0), 1), Draws.uniformInt(rng, 5, 40),
                    Draws.round(Draws.uniform(rng, 0, 0.01), 4), Draws.uniform(rng, 10, 30),
                    Draws.round(category.medianAmount() * 1.2, 2)));
        }
        List<Seller> newRing = new ArrayList<>();
        for (int i = 0; i < NEW_RING_SELLERS; i++) {
            Category category = Draws.chance(rng, 0.6) ? Category.HOME : Category.SPORTS;
            int age = Draws.uniformInt(rng, 200, 900);
            double daily = Draws.uniform(rng, 8, 25);
            newRing.add(new Seller(id(number++), Region.LATAM, category, age,
                    Draws.round(Draws.uniform(rng, 4.1, 4.6), 1), (int) Math.round(daily * Math.min(age, 365) * 0.5),
                    Draws.round(Draws.uniform(rng, 0.001, 0.006), 4), daily,
                    Draws.round(category.medianAmount() * 1.6, 2)));
        }
        return new SellerPopulation(ordinary, knownRing, newRing);
    }

    private static Seller ordinarySeller(String id, Region region, Category category, SplittableRandom rng) {
        int age = (int) Draws.clamp(Draws.logNormal(rng, 700, 0.9), 3, 5000);
        double rating = Draws.round(Draws.clamp(4.5 + 0.3 * rng.nextGaussian(), 2.5, 5.0), 1);
        double daily = Draws.clamp(Draws.logNormal(rng, 12, 1.0), 0.2, 400);
        int pastOrders = (int) Math.round(daily * Math.min(age, 365) * Draws.uniform(rng, 0.6, 1.1));
        double chargebackRate = Draws.round(Draws.clamp(Draws.logNormal(rng, 0.004, 0.6), 0, 0.05), 4);
        double averageOrder = Draws.round(category.medianAmount() * Draws.logNormal(rng, 1.0, 0.25), 2);
        return new Seller(id, region, category, age, rating, pastOrders, chargebackRate, daily, averageOrder);
    }

    private static String id(int number) {
        return String.format(Locale.ROOT, "s-%05d", number);
    }

    Seller pick(SellerPool pool, SplittableRandom rng) {
        return switch (pool) {
            case ORDINARY -> ordinary.pick(rng);
            case ESTABLISHED -> established.pick(rng);
            case KNOWN_RING -> knownRing.pick(rng);
            case NEW_RING -> newRing.pick(rng);
        };
    }

    public List<Seller> ordinary() {
        return ordinary.values();
    }

    public List<Seller> knownRing() {
        return knownRing.values();
    }

    public List<Seller> newRing() {
        return newRing.values();
    }
}
