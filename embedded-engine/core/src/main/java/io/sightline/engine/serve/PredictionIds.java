package io.sightline.engine.serve;

import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Identifiers of predictions, for reporting their outcomes later: {@code p_}, the millisecond the prediction was
 * made (its logged time) in 11 hex digits, then 52 random bits in 13. The time in the id lets the log find a
 * prediction through its time index, so it needs no index on ids; two ids of the same millisecond collide with
 * odds of one in 2^52. Cheap enough for the serving path (no secure random, no lock).
 */
public final class PredictionIds {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final int LENGTH = 26;
    private static final int TIME_DIGITS = 11;

    private PredictionIds() {
    }

    /** A new id for a prediction made at {@code at}. */
    public static String at(Instant at) {
        return of(at.toEpochMilli(), ThreadLocalRandom.current().nextLong());
    }

    /** The id of a prediction made at {@code epochMillis} with the low 52 bits of {@code random}. */
    public static String of(long epochMillis, long random) {
        char[] id = new char[LENGTH];
        id[0] = 'p';
        id[1] = '_';
        for (int i = 0; i < TIME_DIGITS; i++) {
            id[12 - i] = HEX[(int) (epochMillis >>> (4 * i)) & 15];
        }
        for (int i = 0; i < 13; i++) {
            id[25 - i] = HEX[(int) (random >>> (4 * i)) & 15];
        }
        return new String(id);
    }

    /** The 52 random bits of an id of this shape (check it with {@link #millisOf} first). */
    public static long randomOf(String id) {
        return Long.parseLong(id, 2 + TIME_DIGITS, LENGTH, 16);
    }

    /**
     * The start of every id made at {@code epochMillis}: ids made in {@code [a, b)} sort from {@code prefix(a)}
     * (included) to {@code prefix(b)} (excluded), so a time range is a key range.
     */
    public static String prefix(long epochMillis) {
        return of(epochMillis, 0).substring(0, 2 + TIME_DIGITS);
    }

    /** The millisecond since the epoch an id was made at; empty when it is not an id of this shape. */
    public static OptionalLong millisOf(String id) {
        if (id == null || id.length() != LENGTH || !id.startsWith("p_")) {
            return OptionalLong.empty();
        }
        long millis = 0;
        for (int i = 2; i < LENGTH; i++) {
            int digit = Character.digit(id.charAt(i), 16);
            if (digit < 0 || Character.isUpperCase(id.charAt(i))) {
                return OptionalLong.empty();
            }
            if (i < 2 + TIME_DIGITS) {
                millis = (millis << 4) | digit;
            }
        }
        return OptionalLong.of(millis);
    }
}
