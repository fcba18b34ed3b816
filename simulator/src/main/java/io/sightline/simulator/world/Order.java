package io.sightline.simulator.world;

import java.util.Locale;

/**
 * What was bought and how: category, amount in euros and its ratio to the seller's average order, payment
 * method, the buyer's device (and whether it is new to the account), shipping speed, whether the card's
 * country differs from the shipping country, and the distance between the buyer's IP and the address.
 */
public record Order(
        Category category,
        double amount,
        double amountToSellerAverage,
        Payment payment,
        Device device,
        boolean newDevice,
        Shipping shipping,
        boolean geoMismatch,
        double ipDistanceKm) {

    /** How the buyer pays; its code in the data is its name in lower case, as for the other enums here. */
    public enum Payment {
        CARD, WALLET, BANK_TRANSFER, PAY_LATER;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where the order was placed from. */
    public enum Device {
        DESKTOP, MOBILE_APP, MOBILE_WEB;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How the goods travel; gift cards are digital. */
    public enum Shipping {
        STANDARD, EXPRESS, DIGITAL;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
