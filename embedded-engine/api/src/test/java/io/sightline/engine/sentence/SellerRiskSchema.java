package io.sightline.engine.sentence;

import io.sightline.engine.api.ColumnType;
import io.sightline.engine.api.FieldSpec;
import io.sightline.engine.api.ModelSchema;
import io.sightline.engine.api.Task;
import java.util.List;

/** The inputs of a seller-risk model, as the engine describes them after training on a marketplace's history. */
public final class SellerRiskSchema {
    public static final List<String> CATEGORIES = List.of("electronics", "fashion", "home", "beauty", "toys", "sports",
            "gift_cards", "collectibles");

    private SellerRiskSchema() {
    }

    public static ModelSchema binary() {
        return new ModelSchema(inputs(), "chargeback", Task.BINARY, List.of("no", "yes"));
    }

    public static ModelSchema multiclass() {
        return new ModelSchema(inputs(), "pattern", Task.MULTICLASS, List.of("none", "takeover", "ring"));
    }

    public static List<FieldSpec> inputs() {
        return List.of(
                number("hour_of_day", 0, 23),
                category("day_of_week", List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun")),
                number("amount", 1, 5000),
                category("category", CATEGORIES),
                category("payment_method", List.of("card", "paypal", "bank_transfer", "wallet")),
                category("device_type", List.of("mobile", "desktop", "tablet")),
                new FieldSpec("new_device", ColumnType.BOOLEAN, List.of("yes", "no"), null, null, "no"),
                category("buyer_country", List.of("de", "fr", "us", "gb", "at", "it")),
                number("ip_distance_km", 0, 12000),
                number("seller_account_age_days", 0, 3650),
                number("seller_rating", 1, 5),
                number("seller_chargeback_rate", 0, 0.4),
                number("buyer_account_age_days", 0, 4000),
                number("buyer_refund_rate", 0, 1),
                number("amount_to_seller_avg", 0, 20),
                number("seller_orders_last_day", 0, 500));
    }

    private static FieldSpec number(String name, double min, double max) {
        return new FieldSpec(name, ColumnType.NUMERIC, List.of(), min, max, Double.toString((min + max) / 2));
    }

    private static FieldSpec category(String name, List<String> values) {
        return new FieldSpec(name, ColumnType.CATEGORICAL, values, null, null, values.get(0));
    }
}
