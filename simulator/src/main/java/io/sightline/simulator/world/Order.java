package io.sightline.simulator.world;

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

    /** How the buyer pays. */
    public enum Payment {
        CARD("card"), WALLET("wallet"), BANK_TRANSFER("bank_transfer"), PAY_LATER("pay_later");

        private final String code;

        Payment(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** Where the order was placed from. */
    public enum Device {
        DESKTOP("desktop"), MOBILE_APP("mobile_app"), MOBILE_WEB("mobile_web");

        private final String code;

        Device(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** How the goods travel; gift cards are digital. */
    public enum Shipping {
        STANDARD("standard"), EXPRESS("express"), DIGITAL("digital");

        private final String code;

        Shipping(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
