package io.sightline.engine.data;

import java.nio.charset.StandardCharsets;

/** Reading numbers from CSV text. */
public final class Numbers {
    /** Exact powers of ten: a double holds 10^0 … 10^22 without rounding, which the fast path relies on. */
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };
    private static final long[] LONG_POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L};
    private static final long ZEROS = 0x3030303030303030L;
    private static final long MAX_EXACT_MANTISSA = 1L << 53;
    /** Decimals of at most this many digits have a mantissa below 2^53: {@link #decimal} is exact for them. */
    static final int EXACT_DIGITS = 15;

    private Numbers() {
    }

    /** The number in {@code text}, or NaN when it is null, blank or not a number. */
    public static double parse(String text) {
        if (text == null) {
            return Double.NaN;
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(trimmed);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * The correctly rounded value of {@code mantissa} / 10^{@code fractionDigits}, for a mantissa of at most
     * {@link #EXACT_DIGITS} digits (both are then exact doubles, and one division rounds once).
     */
    static double decimal(boolean negative, long mantissa, int fractionDigits) {
        double value = mantissa / POWERS_OF_TEN[fractionDigits];
        return negative ? -value : value;
    }

    /**
     * How many of the eight bytes of {@code word} (read little-endian: the first byte lowest) are ASCII digits
     * before the first that is not; 8 when all are.
     */
    static int leadingDigits(long word) {
        // digits become 0..9; adding 0x76 sets the top bit of any byte that was 10 or more, and a carry out of
        // a byte only reaches later bytes, past the first non-digit
        long values = word ^ ZEROS;
        long notDigits = ((values + 0x7676767676767676L) | values) & 0x8080808080808080L;
        return Long.numberOfTrailingZeros(notDigits) >>> 3;
    }

    /** The value of the first {@code count} (0 to 7) bytes of {@code word}, which are ASCII digits, most significant first. */
    static long digitsValue(long word, int count) {
        // subtracting borrows only upwards, from the bytes past the digits; shifting drops those bytes and
        // leaves leading zeros (in two steps, as Java takes a shift of 64 for none)
        long value = ((word - ZEROS) << (56 - 8 * count)) << 8;
        value = value * 10 + (value >>> 8);
        return (((value & 0x000000FF000000FFL) * (100 + (1_000_000L << 32)))
                + (((value >>> 16) & 0x000000FF000000FFL) * (1 + (10_000L << 32)))) >>> 32;
    }

    /** 10^{@code exponent} for 0 to 7. */
    static long longPowerOfTen(int exponent) {
        return LONG_POWERS_OF_TEN[exponent];
    }

    /**
     * The decimal number in {@code bytes[from, to)}, or NaN when the bytes are not one. Accepts an optional sign,
     * digits with an optional decimal point and an optional exponent ({@code -12.5}, {@code .5}, {@code 3e-7});
     * refuses what {@link Double#parseDouble} would also take but a CSV value should not mean a number
     * ({@code Infinity}, {@code NaN}, {@code 0x1p3}, {@code 1d}) and values too large to be finite.
     * Results are correctly rounded: short mantissas take Clinger's exact fast path, others the JDK parser.
     */
    public static double parse(byte[] bytes, int from, int to) {
        int i = from;
        if (i >= to) {
            return Double.NaN;
        }
        boolean negative = false;
        byte first = bytes[i];
        if (first == '-' || first == '+') {
            negative = first == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        while (i < to) {
            byte c = bytes[i];
            int d = c - '0';
            if (d >= 0 && d <= 9) {
                mantissa = mantissa * 10 + d;
                digits++;
                scale -= point ? 1 : 0;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
            i++;
        }
        if (digits == 0) {
            return Double.NaN;
        }
        int exponent = 0;
        if (i < to && (bytes[i] == 'e' || bytes[i] == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < to && (bytes[i] == '-' || bytes[i] == '+')) {
                negativeExponent = bytes[i] == '-';
                i++;
            }
            int expStart = i;
            while (i < to) {
                int d = bytes[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                if (exponent < 100_000) {
                    exponent = exponent * 10 + d;
                }
                i++;
            }
            if (i == expStart) {
                return Double.NaN;
            }
            scale += negativeExponent ? -exponent : exponent;
        }
        if (i != to) {
            return Double.NaN;
        }
        double value;
        // more than 18 digits may have overflowed the long: let the JDK do it (leading zeros count, harmlessly)
        if (digits <= 18 && mantissa < MAX_EXACT_MANTISSA && scale >= -22 && scale <= 22) {
            value = scale < 0 ? mantissa / POWERS_OF_TEN[-scale] : mantissa * POWERS_OF_TEN[scale];
        } else if (digits <= 18 && mantissa == 0) {
            value = 0.0;
        } else {
            value = Math.abs(Double.parseDouble(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1)));
            if (Double.isInfinite(value)) {
                return Double.NaN;
            }
        }
        return negative ? -value : value;
    }
}
