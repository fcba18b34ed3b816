package io.sightline.simulator.world;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a transaction as the platform sees them (the same in the history file and in live requests):
 * two identifiers, 25 inputs and, in the history only, the {@value #TARGET} label. Numbers are written with a
 * dot and no grouping; yes/no flags as {@code yes} and {@code no}. See {@code docs/simulator.md} for each one.
 */
public final class Columns {
    public static final String TRANSACTION_ID = "transaction_id";
    public static final String SELLER_ID = "seller_id";
    public static final String AMOUNT = "amount";
    public static final String SELLER_RATING = "seller_rating";
    public static final String TARGET = "chargeback";
    public static final String POSITIVE = "yes";
    public static final String NEGATIVE = "no";

    /** Every column but the target, in file order. */
    public static final List<String> INPUTS = List.of(TRANSACTION_ID, SELLER_ID, "hour_of_day", "day_of_week",
            AMOUNT, "category", "payment_method", "device_type", "new_device", "buyer_country", "seller_region",
            "geo_mismatch", "ip_distance_km", "shipping_speed", "seller_account_age_days", SELLER_RATING,
            "seller_past_orders", "seller_chargeback_rate", "seller_orders_last_hour", "seller_orders_last_day",
            "seller_payout_change_days", "seller_password_reset_days", "buyer_account_age_days",
            "buyer_orders_last_day", "buyer_refund_rate", "amount_to_seller_avg", "card_attempts_last_hour");

    private static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    private Columns() {
    }

    /** The history file's header: the inputs, then the target. */
    public static List<String> header() {
        List<String> header = new ArrayList<>(INPUTS);
        header.add(TARGET);
        return List.copyOf(header);
    }

    /** The transaction's inputs as cell texts, in {@link #INPUTS} order; the truth is not among them. */
    public static Map<String, String> inputs(Transaction t) {
        Order o = t.order();
        Buyer b = t.buyer();
        Seller s = t.seller();
        SellerActivity a = t.activity();
        var at = t.at().atOffset(ZoneOffset.UTC);
        List<String> cells = List.of(t.id(), s.id(), Integer.toString(at.getHour()),
                DAYS[at.getDayOfWeek().ordinal()],
                number(o.amount()), o.category().code(), o.payment().code(), o.device().code(), yesNo(o.newDevice()),
                b.country(), s.region().code(), yesNo(o.geoMismatch()), number(o.ipDistanceKm()),
                o.shipping().code(), Integer.toString(s.accountAgeDays()), number(s.rating()),
                Integer.toString(s.pastOrders()), number(s.chargebackRate()), Integer.toString(a.ordersLastHour()),
                Integer.toString(a.ordersLastDay()), Integer.toString(a.payoutChangeDays()),
                Integer.toString(a.passwordResetDays()), Integer.toString(b.accountAgeDays()),
                Integer.toString(b.ordersLastDay()), number(b.refundRate()), number(o.amountToSellerAverage()),
                Integer.toString(b.cardAttemptsLastHour()));
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < INPUTS.size(); i++) {
            row.put(INPUTS.get(i), cells.get(i));
        }
        return row;
    }

    /** The label the platform learns and later receives as the outcome. */
    public static String label(Transaction t) {
        return t.truth().chargeback() ? POSITIVE : NEGATIVE;
    }

    /** A number as plain text: no grouping, a dot, no trailing zeros, no exponent. */
    public static String number(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e7) {
            // Double.toString writes no exponent in this range, and is much cheaper than BigDecimal
            String text = Double.toString(value);
            return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        }
        return value == 0 ? "0" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String yesNo(boolean flag) {
        return flag ? POSITIVE : NEGATIVE;
    }
}
